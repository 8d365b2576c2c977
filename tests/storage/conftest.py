"""Fixtures for the storage tests: a fresh data file, a service on it with a fixed
clock, and a small business built through the services.

Everything lives under ``tmp_path``; no test touches the user's home, the network or
the real clock (dates and "now" are injected).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from storage_support import Business, build_business, make_service

from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import DataFile, open_data_file


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    return tmp_path / "business.debtordesk"


@pytest.fixture
def data_file(data_path: Path) -> Iterator[DataFile]:
    with open_data_file(data_path, create=True) as opened:
        yield opened


@pytest.fixture
def service(data_file: DataFile) -> DebtorService:
    return make_service(data_file)


@pytest.fixture
def business(service: DebtorService) -> Business:
    return build_business(service)


@pytest.fixture
def built_file(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    """A factory for a closed data file holding ``build_business``'s data."""

    def make() -> Path:
        path = tmp_path_factory.mktemp("built") / "business.debtordesk"
        with open_data_file(path, create=True) as opened:
            build_business(make_service(opened))
        return path

    return make
