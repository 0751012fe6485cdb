"""A missing extra is one clear line naming the pip command, and the CLI exits with 2."""

from __future__ import annotations

import importlib

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.extras import MissingExtra, require


def test_require_names_the_extra_and_the_pip_command():
    with pytest.raises(MissingExtra) as raised:
        require("dyads_no_such_module", "server", "dyads serve")
    assert str(raised.value) == ("dyads serve needs the 'server' extra (the HTTP API and the web page): "
                                 "pip install 'dyads[server]'")


def test_an_installed_module_is_returned():
    assert require("json", "charts", "anything") is importlib.import_module("json")


def test_serve_without_the_server_extra_prints_the_hint_and_exits_2(monkeypatch, tmp_path):
    real = importlib.import_module

    def without_uvicorn(name, *args, **kwargs):
        if name.split(".")[0] == "uvicorn":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr("dyads.extras.importlib.import_module", without_uvicorn)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "a.db"), "serve"])
    assert result.exit_code == 2
    assert "pip install 'dyads[server]'" in result.output
