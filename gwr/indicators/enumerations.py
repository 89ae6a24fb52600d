"""enumerations: compressed enumerations of one-character members before a shared head noun
(肉蛋奶总产量, 一二三产增加值, 粮棉油产量), spread over their members with one figure each."""

from __future__ import annotations

from gwr import cues


def members(subject: str, n: int) -> list[tuple[str | None, str | None]]:
    """The ``n`` members of a compressed enumeration of one-character names before a shared
    head noun (肉蛋奶总产量 → 肉类总产量, 蛋类总产量, 奶类总产量; 一二三产增加值 → 第一产业增加值, …),
    each with the indicator its full name is an alias of; [] when the subject is not one."""
    c = cues.load()
    subject = c.rx.label_trim.sub("", subject)
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
