"""enumerations: compressed enumerations of one-character members before a shared head noun
(肉蛋奶总产量, 一二三产增加值, 二、三产业, 粮棉油产量), and lists of examples before the head they share
(节能环保、新材料、高端装备制造等产业增加值), spread over their members with one figure each."""

from __future__ import annotations

from gwr import cues


def members(subject: str, n: int) -> list[tuple[str | None, str | None]]:
    """The ``n`` members of a compressed enumeration of one-character names before a shared
    head noun (肉蛋奶总产量 → 肉类总产量, 蛋类总产量, 奶类总产量; 一二三产增加值 or 一、二、三产业
    → 第一产业增加值, …), each with the indicator its full name is an alias of; [] when the subject
    is not one."""
    c = cues.load()
    subject = c.rx.label_trim.sub("", subject)
    qualifier = c.rx.enumeration_qualifier.match(subject)
    if qualifier is not None:  # 银行业金融机构各项存贷款余额: the members after a qualifier of them all
        subject = subject[qualifier.end() :]
    spaced = 2 * n - 1
    if n > 1 and len(subject) > spaced and all(subject[k] == "、" for k in range(1, spaced, 2)):
        subject = subject[0:spaced:2] + subject[spaced:]  # 二、三产业 → 二三产业
    members, head = subject[:n], subject[n:]
    if len(head) < 2 or len(members) < n or not all(ch in c.compressed_members for ch in members):
        return []
    if head.startswith("产") and not head.startswith(("产业", "产量", "产值", "产品")):
        head = "产业" + head[1:]
    index = cues.alias_index()
    out: list[tuple[str | None, str | None]] = []
    for ch in members:
        name = c.compressed_members[ch] + head
        ind = index.get(name)
        out.append((ind, None if ind else name))
    return out


def examples(subject: str, n: int) -> list[tuple[str | None, str | None]]:
    """The ``n`` examples named before the head noun they share after 等 (节能环保、汽车及零部件、
    新材料等产业增加值分别增长a、b、c → 节能环保产业增加值, …), each labelled by its own name and the
    head; [] when the subject is not such a list."""
    c = cues.load()
    m = c.rx.examples_head.search(subject)
    if m is None:
        return []
    names = [c.rx.label_trim.sub("", part) for part in subject[: m.start()].split("、")]
    head = m.group("head")
    if len(names) != n or len(head) < 2 or any(len(name) < 2 for name in names):
        return []
    return [(None, name + head) for name in names]
