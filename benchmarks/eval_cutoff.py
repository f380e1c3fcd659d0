"""Precision and recall of the automatic relevance cutoff (docs/search.md), measured through
``QueryRunner`` with the tiny model pair on held-out generated photos.

The library holds three colours only (yellow is absent), photos the tests never use (its own
seed). Every caption class (16 colour+shape, 4 colours, 4 shapes), as a phrase and as a
sentence, in all eight languages of tests/support/synthetic.py: 384 queries. Reported:
micro precision/recall over queries with matches, and the mean number of results for queries
about the absent colour.

    python -m benchmarks.eval_cutoff [--per-class 12] [--seed 901]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks import common


def run(per_class: int, seed: int) -> dict[str, object]:
    repo = Path(__file__).resolve().parent.parent
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from mclip_desktop.core.library import Library, LibraryConfig
    from mclip_desktop.core.query import SearchRequest, Term
    from tests.support import synthetic

    common.quiet()
    colours = ("red", "green", "blue")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth = synthetic.write_photo_collection(
            root / "photos", per_class=per_class, seed=seed, colours=colours
        )
        models = repo / "tests" / "models"
        config = LibraryConfig(
            root / "data", str(models / "tiny-image"), str(models / "tiny-text")
        )
        with Library(config) as library:
            library.add_folder(root / "photos")
            library.indexer().run(library.catalog.folders())
            runner = library.query_runner()
            tp = fp = fn = 0
            absent_results: list[int] = []
            per_language: dict[str, list[int]] = {}
            for lang in synthetic.LANGUAGES:
                counts = per_language.setdefault(lang, [0, 0, 0])
                for colour, shape in synthetic.caption_classes():
                    for sentence in (False, True):
                        text = synthetic.caption(lang, colour, shape, sentence=sentence)
                        found = runner.run(SearchRequest(terms=(Term.text(text),))).items()
                        got = {Path(r.path) for r in found}
                        want = {
                            p for p, c in truth.items() if synthetic.matches(colour, shape, *c)
                        }
                        if not want:
                            absent_results.append(len(got))
                            continue
                        hits = len(got & want)
                        tp, fp, fn = tp + hits, fp + len(got - want), fn + len(want - got)
                        counts[0] += hits
                        counts[1] += len(got - want)
                        counts[2] += len(want - got)

    def pr(t: int, f_pos: int, f_neg: int) -> dict[str, float]:
        return {
            "precision": t / max(t + f_pos, 1),
            "recall": t / max(t + f_neg, 1),
        }

    return {
        "photos": len(truth),
        "queries": len(synthetic.LANGUAGES) * len(synthetic.caption_classes()) * 2,
        **pr(tp, fp, fn),
        "absent_colour_mean_results": sum(absent_results) / max(len(absent_results), 1),
        "absent_colour_queries_with_no_result": sum(1 for n in absent_results if n == 0),
        "absent_colour_queries": len(absent_results),
        "per_language": {lang: pr(*c) for lang, c in per_language.items()},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=901)
    args = parser.parse_args(argv)
    common.emit("eval_cutoff", run(args.per_class, args.seed))


if __name__ == "__main__":
    main()
