"""Bytecode test helpers.  Weft's bytecode is its own (and it has no ``dis``
module), so the test cases defined here skip every test."""

import unittest

_UNSPECIFIED = object()


def instructions_with_positions(instrs, co_positions):
    raise NotImplementedError("Weft's bytecode differs from CPython's")


class BytecodeTestCase(unittest.TestCase):
    """Skips: the tests inspect CPython's bytecode."""

    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("CPython bytecode is not available on Weft")

    def get_disassembly_as_string(self, co):
        raise NotImplementedError("Weft has no dis module")

    def assertInBytecode(self, x, opname, argval=_UNSPECIFIED):
        raise NotImplementedError("Weft has no dis module")

    def assertNotInBytecode(self, x, opname, argval=_UNSPECIFIED):
        raise NotImplementedError("Weft has no dis module")


class CompilationStepTestCase(BytecodeTestCase):
    pass


class CodegenTestCase(CompilationStepTestCase):
    pass


class CfgOptimizationTestCase(CompilationStepTestCase):
    pass


class AssemblerTestCase(CompilationStepTestCase):
    pass
