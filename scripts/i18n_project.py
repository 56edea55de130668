"""The package as the string extractor sees it: modules, imports, translation wrappers, tables.

A wrapper is a module-level function (or lambda) that translates its parameter in a fixed context:
``def _tr(text): return QCoreApplication.translate("Format", text)``, a function that only hands
its parameter on to one, or the printing services' ``_()``, whose translator the UI installs
with ``set_translator``. Tables are module- or class-level dicts and sequences of labels that
the code translates one value at a time (``tr(STATUS_LABELS[status])``).
"""

from __future__ import annotations

import ast
import importlib
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass(frozen=True)
class Wrapper:
    """A function that translates its argument number text_index in a fixed context."""

    context: str
    text_index: int
    disambiguation_index: int | None = None
    n_index: int | None = None



# ------------------------------------------------------------------------------ small helpers
def literal(node: ast.AST | None) -> str | None:
    """The text of a string literal (implicit or + concatenation of literals), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def describe(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.Name):
        return f"the variable {node.id}"
    return f"a computed value ({ast.unparse(node)[:40]})"


def params(func: ast.FunctionDef | ast.Lambda) -> list[str]:
    return [a.arg for a in (*func.args.posonlyargs, *func.args.args)]


def call_arg(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
    if index < len(call.args):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def is_translate(func: ast.AST) -> bool:
    """QCoreApplication.translate / QApplication.translate (any import path)."""
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and (isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS
                 or isinstance(func.value, ast.Attribute) and func.value.attr in TRANSLATE_OWNERS))


def func_name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def annotation_class(node: ast.AST | None) -> str | None:
    """'CatalogPage' from an annotation CatalogPage, mod.CatalogPage or "CatalogPage"."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split(".")[-1].split("|")[0].strip() or None
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


# ----------------------------------------------------------------------------- module table
@dataclass
class Module:
    name: str
    path: Path
    rel: str
    tree: ast.Module
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # alias -> target
    functions: dict[str, ast.FunctionDef | ast.Lambda] = field(default_factory=dict)
    constants: set[str] = field(default_factory=set)  # other module-level names (tables...)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_module(root: Path, path: Path, rel_to: Path) -> Module:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    module = Module(module_name(root, path), path, path.relative_to(rel_to).as_posix(), tree,
                    lines=text.splitlines())
    package = module.name if path.name == "__init__.py" else module.name.rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    module.imports[alias.asname] = (alias.name, None)
                else:  # "import a.b" binds "a"
                    top = alias.name.split(".")[0]
                    module.imports[top] = (top, None)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (base, alias.name)
        elif isinstance(node, ast.FunctionDef):
            module.functions[node.name] = node
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Lambda)):
            module.functions[node.targets[0].id] = node.value
        elif isinstance(node, ast.ClassDef):
            module.classes[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        module.constants.add(name.id)
    return module


class Project:
    """Every module of the package, with the translation wrappers they define or import."""

    def __init__(self, package_dir: Path, rel_to: Path | None = None) -> None:
        root = package_dir.parent
        self.rel_to = rel_to or root
        self.modules: dict[str, Module] = {}
        for path in sorted(package_dir.rglob("*.py")):
            module = read_module(root, path, self.rel_to)
            self.modules[module.name] = module
        self.wrappers: dict[tuple[str, str], Wrapper] = {}
        self._find_wrappers()

    # A symbol is (module, name); name None means the module itself.
    def resolve(self, module: Module, node: ast.AST, depth: int = 0) -> tuple[str, str | None] | None:
        if depth > 10:
            return None
        if isinstance(node, ast.Name):
            if node.id in module.functions or node.id in module.constants:
                return (module.name, node.id)
            if node.id in module.imports:
                return self._follow(*module.imports[node.id], depth=depth + 1)
            return None
        if isinstance(node, ast.Attribute):
            owner = self.resolve(module, node.value, depth + 1)
            if owner is None or owner[1] is not None:
                return None
            return self._follow(owner[0], node.attr, depth + 1)
        return None

    def _follow(self, mod: str, name: str | None, depth: int) -> tuple[str, str | None] | None:
        if name is None:
            return (mod, None)
        if f"{mod}.{name}" in self.modules:
            return (f"{mod}.{name}", None)
        target = self.modules.get(mod)
        if target is None:
            return (mod, name)  # outside the package (PySide6...): kept as is
        if name in target.functions or name in target.constants:
            return (mod, name)
        if name in target.imports and depth < 10:
            return self._follow(*target.imports[name], depth=depth + 1)
        return (mod, name)

    def wrapper_of(self, module: Module, func: ast.AST) -> Wrapper | None:
        symbol = self.resolve(module, func)
        return self.wrappers.get(symbol) if symbol and symbol[1] else None

    def _find_wrappers(self) -> None:
        # 0. Module-level translators: _tr = translator("Ctx") (ui.i18n.translator), whose
        #    calls are _tr(text) or _tr(text, n).
        for module in self.modules.values():
            for node in module.tree.body:
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)
                        and isinstance(node.value, ast.Call) and node.value.args):
                    continue
                if self.resolve(module, node.value.func) != ("salon_desk.ui.i18n", "translator"):
                    continue
                context = literal(node.value.args[0])
                if context is not None:
                    self.wrappers[(module.name, node.targets[0].id)] = Wrapper(context, 0, None, 1)
        # 1. Functions whose body calls QCoreApplication.translate("Ctx", <their parameter>).
        for module in self.modules.values():
            for name, func in module.functions.items():
                wrapper = self._direct_wrapper(func)
                if wrapper:
                    self.wrappers[(module.name, name)] = wrapper
        # 2. Translator hooks: a module keeps a translator function in a global that a setter
        #    replaces (services.printing.common.set_translator); the UI hands it a wrapper.
        hooks = self._hook_contexts()
        # 3. Functions that pass their parameter on to a wrapper or a hook, to a fixed point.
        changed = True
        while changed:
            changed = False
            for module in self.modules.values():
                for name, func in module.functions.items():
                    if (module.name, name) in self.wrappers:
                        continue
                    wrapper = self._delegating_wrapper(module, func, hooks)
                    if wrapper:
                        self.wrappers[(module.name, name)] = wrapper
                        changed = True

    @staticmethod
    def _direct_wrapper(func: ast.FunctionDef | ast.Lambda) -> Wrapper | None:
        names = params(func)
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and is_translate(node.func):
                context = literal(call_arg(node, 0, "context"))
                text = call_arg(node, 1, "sourceText")
                if context is not None and isinstance(text, ast.Name) and text.id in names:
                    extra = [call_arg(node, 2, "disambiguation"), call_arg(node, 3, "n")]
                    idx = [names.index(a.id) if isinstance(a, ast.Name) and a.id in names
                           else None for a in extra]
                    return Wrapper(context, names.index(text.id), *idx)
        return None

    def _delegating_wrapper(self, module: Module, func, hooks) -> Wrapper | None:
        """A function that only hands its parameter on: return wrapper(text) or hook(text)."""
        names = params(func)
        if isinstance(func, ast.Lambda):
            node = func.body
        else:
            body = [s for s in func.body if not (isinstance(s, ast.Expr)
                                                 and literal(s.value) is not None)]
            if len(body) != 1 or not isinstance(body[0], (ast.Return, ast.Expr)):
                return None
            node = body[0].value
        if not isinstance(node, ast.Call) or not node.args:
            return None
        first = node.args[0]
        if not (isinstance(first, ast.Name) and first.id in names):
            return None
        # A count handed on as the second argument: def _n(text, n): return hook(text, n)
        second = node.args[1] if len(node.args) > 1 else None
        n_index = (names.index(second.id) if isinstance(second, ast.Name) and second.id in names
                   else None)
        inner = self.wrapper_of(module, node.func)
        if inner and inner.text_index == 0:
            return Wrapper(inner.context, names.index(first.id), None,
                           n_index if inner.n_index == 1 else None)
        if isinstance(node.func, ast.Name) and (module.name, node.func.id) in hooks:
            return Wrapper(hooks[(module.name, node.func.id)], names.index(first.id), None,
                           n_index)
        return None

    def _hook_contexts(self) -> dict[tuple[str, str], str]:
        setters: dict[tuple[str, str], tuple[str, int]] = {}  # setter -> (global, param index)
        for module in self.modules.values():
            for name, func in module.functions.items():
                if not isinstance(func, ast.FunctionDef):
                    continue
                globals_ = {g for n in ast.walk(func) if isinstance(n, ast.Global)
                            for g in n.names}
                names = params(func)
                for node in ast.walk(func):
                    if (isinstance(node, ast.Assign) and len(node.targets) == 1
                            and isinstance(node.targets[0], ast.Name)
                            and node.targets[0].id in globals_):
                        used = [n.id for n in ast.walk(node.value)
                                if isinstance(n, ast.Name) and n.id in names]
                        if used:
                            setters[(module.name, name)] = (node.targets[0].id,
                                                            names.index(used[0]))
        hooks: dict[tuple[str, str], str] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.Call):
                    continue
                symbol = self.resolve(module, node.func)
                if symbol not in setters:
                    continue
                global_name, index = setters[symbol]
                if index < len(node.args):
                    wrapper = self._local_or_imported_wrapper(module, node.args[index])
                    if wrapper:
                        hooks[(symbol[0], global_name)] = wrapper.context
        return hooks

    def _local_or_imported_wrapper(self, module: Module, node: ast.AST) -> Wrapper | None:
        return self.wrapper_of(module, node)

    # Tables: the values of a module-level (or class-level) dict, list or tuple. The AST says
    # which table a call reads; the values come from the module itself, because tables are
    # often built by code (a dict of labels merged from a list of column definitions).
    def table_value(self, symbol: tuple[str, str]) -> object:
        mod, name = symbol
        try:
            value: object = importlib.import_module(mod)
            for part in name.split("."):
                value = getattr(value, part)
        except Exception:  # noqa: BLE001 - a table we cannot read is reported by the caller
            return None
        return value

    def progress_messages(self) -> list[str]:
        """Literal messages of the services' progress generators: yield done, total, "text"."""
        texts: list[str] = []
        for module in self.modules.values():
            if ".services" not in f".{module.name}":
                continue
            for node in ast.walk(module.tree):
                if (isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple)
                        and len(node.value.elts) == 3):
                    text = literal(node.value.elts[2])
                    if text:
                        texts.append(text)
        return list(dict.fromkeys(texts))

    def class_tables(self, module: Module, class_name: str, attr: str) -> list[tuple[str, str]]:
        """module.Class.attr, and the same attribute of the classes deriving from it there."""
        names = [class_name] + [
            name for name, node in module.classes.items()
            if any(isinstance(b, ast.Name) and b.id == class_name for b in node.bases)]
        return [(module.name, f"{name}.{attr}") for name in names]


def table_strings(value: object, index: int | None = None, mode: str = "values") -> list[str]:
    """The texts of a table: a dict's values (keys for mode "keys", or "iter" as a for loop
    reads a dict), a sequence's items, or item[index] of each."""
    if isinstance(value, str):
        items: list = [value]
    elif isinstance(value, dict):
        items = list(value.values() if mode == "values" else value.keys())
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    else:
        return []
    if index is not None:
        items = [i[index] for i in items if isinstance(i, (list, tuple)) and len(i) > index]
    return [i for i in items if isinstance(i, str)]
