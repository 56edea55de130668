"""One way to translate a module's texts outside a QObject: ``_tr = translator("Context")``
(ui.i18n). A hand-written wrapper function around QCoreApplication.translate is a second way."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "salon_desk"


def _is_translate(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication")


def wrappers(tree: ast.Module) -> list[str]:
    """Module-level functions that only return QCoreApplication.translate("Ctx", <parameter>)."""
    found = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr)
                                             and isinstance(s.value, ast.Constant))]
        if (len(body) == 1 and isinstance(body[0], ast.Return) and _is_translate(body[0].value)
                and isinstance(body[0].value.args[0], ast.Constant)
                and isinstance(body[0].value.args[1], ast.Name)
                and body[0].value.args[1].id in {a.arg for a in node.args.args}):
            found.append(node.name)
    return found


def test_the_check_finds_a_wrapper():
    source = 'def _tr(text):\n    """Doc."""\n    return QCoreApplication.translate("X", text)\n'
    assert wrappers(ast.parse(source)) == ["_tr"]
    assert wrappers(ast.parse('_tr = translator("X")\n')) == []
    fixed_text = 'def mark():\n    return QCoreApplication.translate("X", "close match")\n'
    assert wrappers(ast.parse(fixed_text)) == []


def test_no_module_writes_its_own_translation_wrapper():
    found = [f"{path.relative_to(PACKAGE)}: {name}" for path in sorted(PACKAGE.rglob("*.py"))
             for name in wrappers(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
