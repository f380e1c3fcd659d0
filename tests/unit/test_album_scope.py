"""An album as a scope of SearchRequest: browsing it lists exactly its members (overrides
honoured), a query inside it finds only members, and the other filters still apply."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mclip_desktop.core.albums import AlbumService, make_request
from mclip_desktop.core.library import Library, LibraryConfig
from mclip_desktop.core.query import Filters, Order, SearchRequest, Term
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

pytestmark = pytest.mark.usefixtures("models_loaded_once")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("album-scope")
    truth = synthetic.write_photo_collection(root / "photos", per_class=5, seed=7)
    config = LibraryConfig(root / "data", str(TINY_IMAGE), str(TINY_TEXT))
    with Library(config) as library:
        library.add_folder(root / "photos")
        library.indexer().run()
        library.save_index()
    return root, config, truth


@pytest.fixture
def library(indexed, tmp_path: Path):
    _, config, _ = indexed
    shutil.copytree(config.data_dir, tmp_path / "data")
    with Library(LibraryConfig(tmp_path / "data", config.image_model, config.text_model)) as lib:
        yield lib


def _paths(library: Library, request: SearchRequest) -> list[str]:
    return [item.path for item in library.query_runner().run(request).items()]


def test_browsing_an_album_lists_its_members_best_first_and_honours_overrides(indexed, library):
    _, _, truth = indexed
    albums = AlbumService(library)
    album = albums.add(make_request("Rot", ["rot"]))
    members = [m.path for m in albums.members(album)]
    scope = SearchRequest(filters=Filters(album=album.id))
    assert _paths(library, scope) == members
    red = {str(p) for p, cls in truth.items() if cls[0] == "red"}
    assert set(members) <= red and len(members) >= 0.8 * len(red)

    blue = next(str(p) for p, cls in truth.items() if cls[0] == "blue")
    albums.set_override("Rot", [members[0]], False)
    albums.set_override("Rot", [blue], True)
    shown = _paths(library, scope)
    assert members[0] not in shown and blue in shown
    assert len(library.query_runner().run(scope)) == albums.count("Rot")


def test_a_query_inside_an_album_finds_only_its_members(indexed, library):
    _, _, truth = indexed
    albums = AlbumService(library)
    album = albums.add(make_request("Rot", ["rot"]))
    members = {m.path for m in albums.members(album)}
    circles = {str(p) for p, cls in truth.items() if cls == ("red", "circle")}
    found = _paths(library, SearchRequest((Term.text("a circle"),), Filters(album=album.id)))
    assert found and set(found) <= members
    # The query ranks inside the album: red circles come before red squares.
    assert found[0] in circles
    everywhere = _paths(library, SearchRequest((Term.text("a circle"),)))
    assert set(everywhere) - members, "the library has circles outside the album"


def test_other_filters_and_the_date_order_apply_inside_an_album(indexed, library):
    root, _, _ = indexed
    albums = AlbumService(library)
    album = albums.add(make_request("Blau", ["blau"]))
    members = [m.path for m in albums.members(album)]
    runner = library.query_runner()
    by_date = runner.run(SearchRequest(filters=Filters(album=album.id), order=Order.DATE))
    items = by_date.items()
    assert {i.path for i in items} == set(members)
    taken = [i.taken or "" for i in items]
    assert taken == sorted(taken, reverse=True)
    folder = str(root / "photos")
    inside = _paths(library, SearchRequest(filters=Filters(folders=(folder,), album=album.id)))
    assert set(inside) == {p for p in members if p.startswith(folder + "/")}
    nowhere = str(root / "elsewhere")
    assert _paths(library, SearchRequest(filters=Filters(folders=(nowhere,), album=album.id))) == []
