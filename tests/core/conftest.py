"""Fixtures for core tests that go through a service: a real data file under tmp_path
and a fixed clock (never the real one)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from debtordesk.core.clock import fixed_clock
from debtordesk.core.model import Client
from debtordesk.core.services import DebtorService
from debtordesk.storage.datafile import open_data_file

#: 10:00 UTC: the same calendar day (2026-11-23) from UTC-10 to UTC+13.
CORE_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DebtorService]:
    with open_data_file(tmp_path / "core.debtordesk", create=True) as data_file:
        yield DebtorService(data_file.store, fixed_clock(CORE_NOW))


@pytest.fixture
def client_id(service: DebtorService) -> int:
    return service.save_client(Client(name="Bakkerij Bos", postcode="3512 AK", city="Utrecht"))
