"""ast helpers for Weft's regression tests."""

import ast


class ASTTestMixin:
    """assertASTEqual(): compare two trees field by field, positions
    included."""

    def assertASTEqual(self, ast1, ast2):
        def walk(a, b, path):
            self.assertIs(type(a), type(b), path)
            if isinstance(a, ast.AST):
                for name in a._fields + getattr(a, '_attributes', ()):
                    walk(getattr(a, name, None), getattr(b, name, None),
                         f"{path}.{name}")
            elif isinstance(a, list):
                self.assertEqual(len(a), len(b), path)
                for index, (x, y) in enumerate(zip(a, b)):
                    walk(x, y, f"{path}[{index}]")
            else:
                self.assertEqual(a, b, path)
        walk(ast1, ast2, type(ast1).__name__)
