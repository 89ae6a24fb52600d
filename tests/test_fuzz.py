"""Random report-like text never crashes the pipeline and never breaks the
evidence invariants (hypothesis). Text is built from the pieces real reports
are made of: figures, units, cue words, headings, noise, broken lines."""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gwr
from tests import fuzz_inputs
from tests.test_invariants import _check

PIECES = [
    "地区生产总值增长",
    "7%",
    "左右",
    "以上",
    "以内",
    "一般公共预算收入",
    "1.2万亿元",
    "8万人",
    "百分之八",
    "三成",
    "翻一番",
    "个百分点",
    "，",
    "。",
    "、",
    "；",
    "：",
    "\n",
    "一、",
    "（一）",
    "1.",
    "2017年",
    "今年",
    "去年",
    "预计",
    "力争",
    "确保",
    "控制在",
    "分别",
    "和",
    "均",
    "下降",
    "提高",
    "占",
    "比重",
    "<strong>",
    "</strong>",
    "**",
    "<U+00A0>",
    "首页",
    "上一篇",
    "各位代表",
    "主要预期目标是",
    "1..5%",
    "8.5%%",
    "12 .2%",
    "1O%",
    "l3.6%",
    "6.4∶41.5∶52.1",
    "6%—7%",
    "500多亿元",
    "近3万人",
    "名词解释",
    "大连市",
    "中山区",
    "第十三个五年规划",
    "十四五",
    "0411-12345678",
    "2102020006/2018-13962",
    "\u200b",
    "&nbsp;",
    "城乡居民人均可支配收入",
    "和农村居民",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=60), st.text(max_size=40))
def test_random_report_text(pieces: list[str], noise: str) -> None:
    doc = gwr.extract_text("".join(pieces) + noise)
    _check(doc)


# readers, cleaner and number parser on hostile input (issue 9); `make fuzz` runs the same longer

FUZZ = settings(
    max_examples=int(os.environ.get("GWR_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("GWR_FUZZ_RANDOM") is None,  # the same inputs on every `make test`
)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(fuzz_inputs.NAMES))
def test_random_bytes_read_without_error(data: bytes, name: str) -> None:
    fuzz_inputs.check_reader(data, name)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_mutated_reports_and_containers(rnd: random.Random) -> None:
    fuzz_inputs.check_reader(*fuzz_inputs.random_input(rnd))


@FUZZ
@given(st.randoms(use_true_random=False), st.sampled_from((100, 2_000, 20_000)))
def test_cleaner_on_pathological_repetitions(rnd: random.Random, size: int) -> None:
    fuzz_inputs.check_cleaner(fuzz_inputs.pathological(rnd, size))


@FUZZ
@given(st.text(alphabet="1098.,万亿元%十百至—多O 年第：２-", max_size=80))
def test_number_parser_on_digit_soup(text: str) -> None:
    fuzz_inputs.check_numbers(text)
