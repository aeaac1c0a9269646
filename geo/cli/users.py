"""`python -m geo users add|list|remove|passwd|role`: the accounts that may sign in to the dashboard.

    python -m geo users add NAME --role viewer|analyst|admin [--password-stdin] [--db DB]
    python -m geo users list [--db DB]
    python -m geo users remove NAME [--db DB]
    python -m geo users passwd NAME [--password-stdin] [--db DB]
    python -m geo users role NAME viewer|analyst|admin [--db DB]

Passwords are asked twice on a terminal, or read from the first line of stdin with
``--password-stdin`` (never as an argument: arguments show in `ps` and shell history).
Every change is an audit row signed ``--by`` (default: the operating-system user).
"""
from __future__ import annotations

import argparse
import getpass
import sys

from geo.errors import AtlasError
from geo.store.accounts import ROLES


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m geo users", description="Manage dashboard accounts.")
    sub = ap.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    sub.add_parser("list", help="list accounts and their roles")
    remove = sub.add_parser("remove", help="delete an account")
    remove.add_argument("name")
    passwd = sub.add_parser("passwd", help="set an account's password (lifts a lockout)")
    passwd.add_argument("name")
    role = sub.add_parser("role", help="change an account's role")
    role.add_argument("name")
    role.add_argument("role", choices=ROLES)
    for p in (add, passwd):
        p.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    for p in sub.choices.values():
        p.add_argument("--db", help="store path or SQLAlchemy URL (default: $ATLAS_DB or data/atlas.sqlite)")
        p.add_argument("--by", help="who signs the audit row (default: the operating-system user)")
    return ap


class _NoPassword(Exception):
    pass


def read_password(from_stdin: bool) -> str:
    """The new password: stdin's first line, or asked twice on the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise _NoPassword("no terminal to ask the password on: pipe it with --password-stdin")
    first = getpass.getpass("new password: ")
    if getpass.getpass("again: ") != first:
        raise _NoPassword("the two passwords differ")
    return first


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from geo.store import Store
    from geo.store.store import default_actor

    by = args.by or default_actor()
    try:
        password = read_password(args.password_stdin) if args.command in ("add", "passwd") else ""
        with Store.open(args.db, create=args.command == "add") as store:
            if args.command == "add":
                account = store.add_account(args.name, args.role, password, by=by)
                print(f"added {account.name} ({account.role})")
            elif args.command == "list":
                for account in store.accounts():
                    print(f"{account.name}\t{account.role}\t{account.created_at}")
            elif args.command == "remove":
                store.remove_account(args.name, by=by)
                print(f"removed {args.name}")
            elif args.command == "passwd":
                store.set_password(args.name, password, by=by)
                print(f"password set for {args.name}")
            else:
                account = store.set_role(args.name, args.role, by=by)
                print(f"{account.name} is now {account.role}")
    except (_NoPassword, AtlasError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
