"""Finding every translatable string of Salon Desk by reading the code with the ast module.

pyside6-lupdate only knows ``tr()`` and ``translate()`` spelled out; Salon Desk also translates
through module-level wrappers (``def _tr(text): return QCoreApplication.translate("Format",
text)``, imported from one module into others) and through a translator function handed to the
printing services. This module (with i18n_project.py, which resolves the wrappers and tables)
gives each string the context Qt looks up at run time.

How PySide6 chooses the context of ``self.tr(text)``: it tries ``type(self).__name__`` first,
then every class of ``type(self).__mro__`` in turn, until a translation is found. So a string
written in a base class method is found under the base class's name even when a subclass instance
calls it: the context is the class the method is written in.

Used by scripts/update_translations.py and by tests/test_translations.py.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from i18n_project import (
    Module,
    Project,
    Wrapper,
    annotation_class,
    call_arg,
    describe,
    func_name,
    is_translate,
    literal,
    params,
    table_strings,
)

NOOP_TRANSLATE = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_NOOP_UTF8"}
NOOP_TR = {"QT_TR_NOOP", "QT_TR_NOOP_UTF8"}
SELF_NAMES = {"self", "cls"}

KINDS = ("self.tr", "object.tr", "wrapper", "translate", "noop", "table")
# A call that translates a variable taken from a table the code cannot show (a value returned by
# a service, say) names the table in a comment on the call's line:  tr(label)  # tr: TABLE[1]
# "# tr: progress" names the progress messages the services yield, (done, total, "message").
PRAGMA = "# tr:"
PROGRESS = "progress"


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    kinds: set[str] = field(default_factory=set)
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation)


@dataclass(frozen=True)
class Warning_:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    warnings: list[Warning_] = field(default_factory=list)
    calls: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    wrappers: dict[tuple[str, str], Wrapper] = field(default_factory=dict)

    def contexts(self) -> dict[str, list[Message]]:
        out: dict[str, list[Message]] = defaultdict(list)
        for message in self.messages.values():
            out[message.context].append(message)
        return dict(out)


# --------------------------------------------------------------------------------- extraction
class _Visitor(ast.NodeVisitor):
    def __init__(self, project: Project, module: Module, out: Extraction) -> None:
        self.project, self.module, self.out = project, module, out
        self.scopes: list[ast.AST] = []
        self.statements: list[ast.stmt] = []

    # Scopes: defaults and decorators belong to the enclosing scope, as Python evaluates them.
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for item in (*node.decorator_list, *node.args.defaults,
                     *(d for d in node.args.kw_defaults if d)):
            self.visit(item)
        self.scopes.append(node)
        for item in node.body:
            self.visit(item)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for item in (*node.args.defaults, *(d for d in node.args.kw_defaults if d)):
            self.visit(item)
        self.scopes.append(node)
        self.visit(node.body)
        self.scopes.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for item in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(item)
        self.scopes.append(node)
        for item in node.body:
            self.visit(item)
        self.scopes.pop()

    def warn(self, node: ast.AST, text: str) -> None:
        self.out.warnings.append(Warning_(self.module.rel, node.lineno, text))

    def enclosing_class(self) -> str | None:
        return next((s.name for s in reversed(self.scopes) if isinstance(s, ast.ClassDef)), None)

    def in_function(self) -> bool:
        return any(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                   for s in self.scopes)

    def wrapper_parameter(self, node: ast.AST) -> bool:
        """The text is the parameter of the translating function itself (a wrapper's body)."""
        return isinstance(node, ast.Name) and any(
            isinstance(s, (ast.FunctionDef, ast.Lambda)) and node.id in params(s)
            for s in self.scopes[-1:])

    def receiver_class(self, node: ast.AST) -> str | None:
        """The class of obj in obj.tr(): self/cls, or a parameter annotated with a class."""
        if isinstance(node, ast.Name) and node.id in SELF_NAMES:
            return self.enclosing_class()
        if isinstance(node, ast.Name):
            for scope in reversed(self.scopes):
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for arg in (*scope.args.posonlyargs, *scope.args.args,
                                *scope.args.kwonlyargs):
                        if arg.arg == node.id:
                            return annotation_class(arg.annotation)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        wrapper = self.project.wrapper_of(self.module, func)
        if wrapper:
            self.found(node, "wrapper", wrapper.context,
                       call_arg(node, wrapper.text_index, "text"),
                       call_arg(node, wrapper.disambiguation_index, "disambiguation")
                       if wrapper.disambiguation_index is not None else None,
                       call_arg(node, wrapper.n_index, "n") if wrapper.n_index is not None
                       else None)
        elif is_translate(func):
            context_node = call_arg(node, 0, "context")
            context = literal(context_node)
            text = call_arg(node, 1, "sourceText")
            if self.wrapper_parameter(text):
                return
            if context is None:
                self.warn(node, f"translate() with a context that is {describe(context_node)}")
                return
            self.found(node, "translate", context, text, call_arg(node, 2, "disambiguation"),
                       call_arg(node, 3, "n"))
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            context = self.receiver_class(receiver)
            kind = ("self.tr" if isinstance(receiver, ast.Name) and receiver.id in SELF_NAMES
                    else "object.tr")
            if context is None:
                self.warn(node, f"cannot tell the class of {ast.unparse(receiver)} in "
                                f"{ast.unparse(receiver)}.tr(): use self.tr or "
                                "QCoreApplication.translate with a context")
                return
            self.found(node, kind, context, call_arg(node, 0, "sourceText"),
                       call_arg(node, 1, "disambiguation"), call_arg(node, 2, "n"))
        elif func_name(func) in NOOP_TRANSLATE:
            self.found(node, "noop", literal(call_arg(node, 0, "context")) or "",
                       call_arg(node, 1, "sourceText"), call_arg(node, 2, "disambiguation"),
                       None, marker=True)
        elif func_name(func) in NOOP_TR:
            self.found(node, "noop", self.enclosing_class() or "", call_arg(node, 0, "text"),
                       call_arg(node, 1, "disambiguation"), None, marker=True)

    # ------------------------------------------------------------ tables and loop variables
    def table_ref(self, node: ast.AST) -> tuple[ast.AST, int | None, str] | None:
        """(table expression, item index, mode) for T[x], T[x][i], T.get(x), a loop variable."""
        if isinstance(node, ast.Subscript):
            if (isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int)
                    and isinstance(node.value, ast.Subscript)):
                inner = self.table_ref(node.value)
                return (inner[0], node.slice.value, "values") if inner and inner[1] is None \
                    else None
            return (node.value, None, "values")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"):
            return (node.func.value, None, "values")
        if isinstance(node, ast.Name):
            return self.loop_binding(node)
        return None

    def loop_binding(self, name: ast.Name) -> tuple[ast.AST, int | None, str] | None:
        """The table a for loop (or comprehension) around the call takes name from."""
        outer = next((s for s in self.scopes if isinstance(
            s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))), None)
        if outer is None:
            return None
        where = (name.lineno, name.col_offset)
        best, best_at = None, (-1, -1)
        for node in ast.walk(outer):
            if isinstance(node, ast.For):
                loops = [(node.target, node.iter)]
            elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                loops = [(g.target, g.iter) for g in node.generators]
            else:
                continue
            start = (node.lineno, node.col_offset)
            if not start <= where <= (node.end_lineno, node.end_col_offset) or start < best_at:
                continue
            for target, iterable in loops:
                ref = self._bound(name.id, target, iterable)
                if ref:
                    best, best_at = ref, start
        return best

    @staticmethod
    def _bound(name: str, target: ast.AST, iterable: ast.AST):
        if isinstance(target, ast.Name) and target.id == name:
            position = None
        elif isinstance(target, ast.Tuple) and any(
                isinstance(e, ast.Name) and e.id == name for e in target.elts):
            position = next(i for i, e in enumerate(target.elts)
                            if isinstance(e, ast.Name) and e.id == name)
        else:
            return None
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute):
            method, table = iterable.func.attr, iterable.func.value
            if method == "items" and position in (0, 1):
                return (table, None, "values" if position == 1 else "keys")
            if method in ("values", "keys") and position is None:
                return (table, None, method)
            return None
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name)
                and iterable.func.id == "enumerate" and iterable.args and position == 1):
            return (iterable.args[0], None, "iter")
        if isinstance(iterable, (ast.Name, ast.Attribute)):
            return (iterable, position, "iter")
        return None

    def table_symbols(self, expr: ast.AST) -> list[tuple[str, str]]:
        if (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)
                and expr.value.id in SELF_NAMES):
            owner = self.enclosing_class()
            return self.project.class_tables(self.module, owner, expr.attr) if owner else []
        symbol = self.project.resolve(self.module, expr)
        if symbol and symbol[1]:
            return [symbol]
        if isinstance(expr, ast.Name):  # imported inside the function
            for scope in reversed(self.scopes):
                for node in ast.walk(scope):
                    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                        for alias in node.names:
                            if (alias.asname or alias.name) == expr.id:
                                symbol = self.project._follow(node.module, alias.name, 0)
                                if symbol and symbol[1]:
                                    return [symbol]
        dotted = ast.unparse(expr)  # a full path: salon_desk.services.care.notes.FORMULA_LABELS
        module, _, name = dotted.rpartition(".")
        return [(module, name)] if module in self.project.modules else []

    def table_texts(self, ref: tuple[ast.AST, int | None, str]) -> list[str]:
        expr, index, mode = ref
        texts: list[str] = []
        for symbol in self.table_symbols(expr):
            texts += table_strings(self.project.table_value(symbol), index, mode)
        return list(dict.fromkeys(texts))

    def visit(self, node: ast.AST) -> None:
        if isinstance(node, ast.stmt):
            self.statements.append(node)
            super().visit(node)
            self.statements.pop()
        else:
            super().visit(node)

    def pragma_lines(self, node: ast.Call) -> list[str]:
        """The lines of the statement holding the call (a compound statement's header only),
        and a comment line just above it."""
        statement = self.statements[-1] if self.statements else node
        end = statement.end_lineno
        body = getattr(statement, "body", None)
        if isinstance(body, list) and body:
            end = body[0].lineno - 1
        lines = self.module.lines[statement.lineno - 1:max(end, node.end_lineno)]
        above = self.module.lines[statement.lineno - 2] if statement.lineno > 1 else ""
        return [above, *lines] if above.strip().startswith("#") else lines

    def pragma_texts(self, node: ast.Call) -> list[str] | None:
        """Texts named by '# tr: TABLE, OTHER[1]' comments on the call's statement."""
        texts: list[str] | None = None
        for line in self.pragma_lines(node):
            if PRAGMA in line:
                texts = texts or []
                for item in line.split(PRAGMA, 1)[1].split(","):
                    if item.strip() == PROGRESS:
                        texts += self.project.progress_messages()
                        continue
                    expr = ast.parse(item.strip(), mode="eval").body
                    ref = (expr, None, "values")
                    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant):
                        ref = (expr.value, expr.slice.value, "iter")  # TABLE[i]: item i of each
                    found = self.table_texts(ref) if ref else []
                    if not found:
                        self.warn(node, f"the table {item.strip()} named after {PRAGMA} "
                                        "cannot be read")
                    texts += found
        return texts

    def found(self, node: ast.Call, kind: str, context: str, text_node, disamb_node, n_node,
              marker: bool = False) -> None:
        self.out.calls[kind] += 1
        text = literal(text_node)
        if text is None and text_node is not None and not isinstance(text_node, ast.JoinedStr):
            ref = self.table_ref(text_node)
            texts = self.table_texts(ref) if ref else []
            if not texts:
                texts = self.pragma_texts(node) or []
            if texts and context:
                self.out.calls["table"] += 1
                for text in texts:
                    self.add(node, "table", context, text, disamb_node, n_node, marker)
                return
        if text is None:
            if text_node is None:
                self.warn(node, f"{kind} call without a text")
            else:
                self.warn(node, f"{kind} call [{context}] translates {describe(text_node)}: "
                                "only literal text can be translated (use placeholders and "
                                ".format, or name the table it comes from after "
                                f"'{PRAGMA}')")
            return
        self.add(node, kind, context, text, disamb_node, n_node, marker)

    def add(self, node: ast.Call, kind: str, context: str, text: str, disamb_node, n_node,
            marker: bool) -> None:
        if not text:
            return
        if not context:
            self.warn(node, f"{kind} call for {text!r} has no context")
            return
        if not marker and not self.in_function():
            self.warn(node, f"{text!r} [{context}] is translated when the module is imported, "
                            "before the translator may be installed: translate it in a function")
        disambiguation = literal(disamb_node) or ""
        key = (context, text, disambiguation)
        message = self.out.messages.get(key)
        if message is None:
            message = self.out.messages[key] = Message(context, text, disambiguation)
        message.kinds.add(kind)
        message.numerus |= n_node is not None and not (
            isinstance(n_node, ast.Constant) and n_node.value in (-1, None))
        # A marked text that counts (services.error_texts: "%n session(s) left") is translated
        # later with its number, so it needs plural forms like any tr(text, "", n).
        message.numerus |= marker and "%n" in text
        message.locations.append((self.module.rel, node.lineno))


def extract(package_dir: Path, rel_to: Path | None = None) -> Extraction:
    """Every translatable string under package_dir (a Python package), with warnings."""
    project = Project(package_dir, rel_to)
    out = Extraction(wrappers=dict(project.wrappers))
    for module in project.modules.values():
        _Visitor(project, module, out).visit(module.tree)
    out.warnings.sort(key=lambda w: (w.path, w.line))
    return out
