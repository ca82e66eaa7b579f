"""The shape of the code: the largest module, class and function, and the most branched.

    python benchmarks/code_shape.py [--top 5] [PATH ...]   (default: the tui package)

Lines are source lines of the whole definition. Branch points are the
places a function's path can fork: if/elif, loops, conditional expressions,
each extra operand of and/or, except clauses, comprehension conditions and
match cases (a function without any has one path).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def branches(node: ast.AST) -> int:
    """Branch points inside ``node``, not counting nested functions and classes."""
    n = 0
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(child, (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler)):
            n += 1
        elif isinstance(child, ast.BoolOp):
            n += len(child.values) - 1
        elif isinstance(child, ast.comprehension):
            n += len(child.ifs)
        elif hasattr(ast, "match_case") and isinstance(child, ast.match_case):
            n += 1
        n += branches(child)
    return n


def shape(paths: list[Path]):
    modules, classes, functions = [], [], []
    for root in paths:
        for f in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            rel = f.relative_to(HERE) if f.is_relative_to(HERE) else f
            src = f.read_text(encoding="utf-8")
            tree = ast.parse(src)
            modules.append((len(src.splitlines()), str(rel)))
            for node in ast.walk(tree):
                size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
                if isinstance(node, ast.ClassDef):
                    classes.append((size, f"{rel}:{node.name}"))
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    functions.append((size, branches(node), f"{rel}:{node.name}"))
    return modules, classes, functions


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[HERE / "tui"])
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args(argv)
    modules, classes, functions = shape(args.paths)
    print(f"{len(modules)} modules, {sum(m[0] for m in modules)} lines; {len(classes)} classes; "
          f"{len(functions)} functions, {sum(1 for f in functions if f[1] >= 40)} with 40 or more branch points")
    for title, rows in (("largest modules (lines)", sorted(modules, reverse=True)),
                        ("largest classes (lines)", sorted(classes, reverse=True)),
                        ("longest functions (lines, branch points)", sorted(functions, reverse=True)),
                        ("most branched functions (branch points, lines)",
                         sorted(((b, s, n) for s, b, n in functions), reverse=True))):
        print(title)
        for row in rows[: args.top]:
            print("  " + "  ".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
