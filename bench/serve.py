"""Serve an ASGI app the way ``python -m app serve`` serves treatyexit (the same uvicorn options and GIL
switch interval, from app/serving.py): ``python bench/serve.py MODULE:APP PORT``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn

from app.serving import uvicorn_options
from app.settings import get_settings

if __name__ == "__main__":
    settings = get_settings()
    sys.setswitchinterval(settings.gil_switch_interval_ms / 1000)
    uvicorn.run(sys.argv[1], host="127.0.0.1", port=int(sys.argv[2]), workers=1, **uvicorn_options(settings))
