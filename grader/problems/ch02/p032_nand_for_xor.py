from dataclasses import replace

from grader.checks import text
from grader.problems.ch02.p031_nand_gate import PROBLEM as P031

# The notes ask for NAND twice: again under the XOR heading, as XOR's first building block. Same task, own file.
PROBLEM = replace(
    P031, id="p032", slug="nand_for_xor",
    title=text("NAND 게이트 (XOR 준비)", "NAND gate (getting ready for XOR)"),
    statement=text(P031.statement.ko + " — 31번과 같은 문제입니다: XOR 게이트의 첫 재료로 NAND 를 다시 만듭니다.",
                   P031.statement.en + " This repeats problem 31: NAND again, as the first building block of XOR."),
)
