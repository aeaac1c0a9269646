"""Copy the Leaflet libraries the maps need from the npm registry into geo/maps/assets/.

Why: exported maps must open from a file with no network, and the dashboard must
render offline, so the JavaScript and CSS are shipped with the project, pinned to
the versions folium 0.20 references, each with its licence file.

    python scripts/vendor_assets.py          # needs `npm` and the npm registry

The basemap is built separately by scripts/build_basemap.py.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "geo" / "maps" / "assets"

# npm package -> (folder under geo/maps/assets, [files inside the package to copy])
PACKAGES: dict[str, tuple[str, list[str]]] = {
    "leaflet@1.9.3": ("leaflet", [
        "dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png", "dist/images/layers-2x.png",
        "dist/images/marker-icon.png", "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png",
        "LICENSE",
    ]),
    "leaflet.markercluster@1.1.0": ("markercluster", [
        "dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css",
        "MIT-LICENCE.txt",
    ]),
    "leaflet.heat@0.2.0": ("heat", ["dist/leaflet-heat.js", "LICENSE"]),
    "leaflet.fullscreen@3.0.0": ("fullscreen", [
        "Control.FullScreen.js", "Control.FullScreen.css", "icon-fullscreen.svg", "LICENSE",
    ]),
}


def fetch(spec: str, workdir: Path) -> Path:
    """Download one package tarball with `npm pack` and unpack it; return its root."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    root = workdir / spec.replace("/", "_")
    with tarfile.open(workdir / out) as tar:
        tar.extractall(root, filter="data")
    return root / "package"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for spec, (folder, files) in PACKAGES.items():
            pkg = fetch(spec, Path(tmp))
            for rel in files:
                # keep images/ next to the CSS that refers to them as url(images/...)
                dest = ASSETS / folder / rel.removeprefix("dist/")
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(pkg / rel, dest)
            print(f"{spec}: {len(files)} files -> geo/maps/assets/{folder}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
