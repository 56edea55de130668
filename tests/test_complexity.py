"""Every function in salon_desk stays readable: cyclomatic complexity under 25 (radon)."""

from pathlib import Path

from radon.complexity import cc_visit

import salon_desk

PACKAGE = Path(salon_desk.__file__).parent
LIMIT = 25


def _functions(blocks):
    for block in blocks:
        if hasattr(block, "methods"):  # a class: cc_visit lists its methods on their own
            continue
        yield block
        yield from _functions(getattr(block, "closures", []))


def test_no_function_reaches_the_complexity_limit():
    too_complex = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.relative_to(PACKAGE).parts:
            continue
        for block in _functions(cc_visit(path.read_text(encoding="utf-8"))):
            if block.complexity >= LIMIT:
                where = f"{path.relative_to(PACKAGE)}:{block.lineno}"
                too_complex.append(f"{where} {block.fullname} {block.complexity}")
    assert not too_complex, f"complexity {LIMIT} or more:\n" + "\n".join(too_complex)
