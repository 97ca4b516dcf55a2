"""The store every test file here opens, on both back ends (``store_url``); a file may bring its own."""

import pytest

from hotspot.store import Store


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()
