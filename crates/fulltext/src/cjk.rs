//! How a CJK query run is cut: stop words and particles out, the pieces
//! left searched as bigrams.

use std::ops::Range;

use crate::normalize::{Script, cjk_script};

/// Words cut out of a CJK query run wherever they occur (the longest that
/// matches), as they only say "which status code do I return".
#[rustfmt::skip]
pub(crate) const CJK_STOP_WORDS: &[&str] = &[
    "レスポンスコード", "ステータスコード", "でしょうか", "レスポンス", "ステータス", "について",
    "用哪一个", "使い分け", "返される", "的时候", "状态码", "响应码", "用哪个", "哪一个",
    "怎么办", "为什么", "ですか", "ますか", "返され", "返して", "返した", "使えば",
    "したい", "教えて", "状态", "响应", "返回", "什么", "应该", "区别", "还是",
    "哪个", "哪种", "怎么", "如何", "时候", "请问", "一下", "意思", "或者", "以及",
    "是否", "返却", "返す", "返る", "場合", "違い", "意味", "どれ", "どの", "どう",
    "べき", "使う", "です", "ます", "とき", "する", "して", "いい", "よい", "とは",
    "何", "吗", "的", "了", "呢", "吧", "啊", "和", "与", "或", "是",
];

/// Pieces dropped only when they are all that is left of a run: a character
/// that is a word on its own but part of many others (`时` alone, not in `超时`).
#[rustfmt::skip]
pub(crate) const CJK_WHOLE_STOP_WORDS: &[&str] = &[
    "时", "好", "用", "要", "会", "能", "在", "有", "就", "都", "也", "还",
    "又", "被", "把", "对", "从", "给", "让", "该", "个", "这", "那", "我",
    "你", "么", "時", "こと", "もの", "ため", "よう", "それ", "これ", "なに",
    "なぜ", "いつ", "どこ", "誰", "私", "コード",
];

/// Hiragana particles; a hiragana stretch made only of these separates words.
#[rustfmt::skip]
pub(crate) const PARTICLES: &[&str] = &[
    "から", "まで", "より", "など", "ので", "のに", "って", "けど", "しか", "だけ",
    "ほど", "です", "ます", "の", "は", "が", "を", "に", "で", "と", "も",
    "へ", "や", "か", "ね", "よ", "な", "だ",
];

/// Particles cut off the start of a longer hiragana stretch (`がない`,
/// `ではない` → `ない`), longest first; not `で` or `か` alone, which begin
/// words (`できない`, `かかる`).
#[rustfmt::skip]
pub(crate) const LEADING_PARTICLES: &[&str] = &[
    "では", "には", "とは", "へは", "でも", "にも", "とも", "から", "まで", "より",
    "が", "を", "は", "も", "の", "へ", "と",
];

/// Particles cut off the end of a longer hiragana stretch (`すぎるので`).
#[rustfmt::skip]
pub(crate) const TRAILING_PARTICLES: &[&str] = &[
    "から", "まで", "より", "など", "ので", "のに", "には", "では", "とは", "への",
    "での", "との", "が", "を", "は", "も", "の", "へ", "と", "に", "で",
    "や", "か", "ね", "よ",
];

pub(crate) fn starts_with_chars(chars: &[char], word: &str) -> Option<usize> {
    let mut n = 0;
    for w in word.chars() {
        if chars.get(n) != Some(&w) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

pub(crate) fn ends_with_chars(chars: &[char], word: &str) -> Option<usize> {
    let n = word.chars().count();
    (chars.len() >= n && chars[chars.len() - n..].iter().copied().eq(word.chars())).then_some(n)
}

pub(crate) fn equals_chars(chars: &[char], word: &str) -> bool {
    chars.iter().copied().eq(word.chars())
}

/// Whether a hiragana stretch is nothing but particles (`には`, `での`).
pub(crate) fn only_particles(seg: &[char]) -> bool {
    if seg.len() > 12 {
        return false;
    }
    let mut reach = [false; 13];
    reach[0] = true;
    for i in 0..seg.len() {
        if reach[i] {
            for p in PARTICLES {
                if let Some(n) = starts_with_chars(&seg[i..], p) {
                    reach[i + n] = true;
                }
            }
        }
    }
    reach[seg.len()]
}

/// The pieces of a CJK query run that carry meaning, each one query word.
pub(crate) fn cjk_query_pieces(chars: &[char]) -> Vec<Range<usize>> {
    let n = chars.len();
    // The longest stop word starting at each position, found word by word
    // (one pass over the list), then cut out from left to right.
    let mut stop = vec![0usize; n];
    for word in CJK_STOP_WORDS {
        let Some(first) = word.chars().next() else {
            continue;
        };
        for i in 0..n {
            if chars[i] == first
                && let Some(len) = starts_with_chars(&chars[i..], word)
            {
                stop[i] = stop[i].max(len);
            }
        }
    }
    let mut keep = vec![true; n];
    let mut i = 0;
    while i < n {
        if stop[i] > 0 {
            keep[i..i + stop[i]].fill(false);
            i += stop[i];
        } else {
            i += 1;
        }
    }
    let mut i = 0;
    while i < n {
        if !keep[i] || cjk_script(chars[i]) != Some(Script::Hiragana) {
            i += 1;
            continue;
        }
        let lo = i;
        while i < n && keep[i] && cjk_script(chars[i]) == Some(Script::Hiragana) {
            i += 1;
        }
        let seg = &chars[lo..i];
        if only_particles(seg) {
            keep[lo..i].fill(false);
            continue;
        }
        let mut from = lo;
        if let Some(len) = LEADING_PARTICLES
            .iter()
            .find_map(|p| starts_with_chars(seg, p))
            && seg.len() >= len + 2
        {
            keep[lo..lo + len].fill(false);
            from += len;
        }
        let rest = &chars[from..i];
        if let Some(len) = TRAILING_PARTICLES
            .iter()
            .find_map(|p| ends_with_chars(rest, p))
            && rest.len() >= len + 2
        {
            keep[i - len..i].fill(false);
        }
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < n {
        if !keep[i] {
            i += 1;
            continue;
        }
        let lo = i;
        while i < n && keep[i] {
            i += 1;
        }
        let mut piece = lo..i;
        // 時 after kana means "when" (エラー時), after Han it is a word (一時).
        if piece.len() >= 2
            && chars[piece.end - 1] == '時'
            && cjk_script(chars[piece.end - 2]) != Some(Script::Han)
        {
            piece.end -= 1;
        }
        if !CJK_WHOLE_STOP_WORDS
            .iter()
            .any(|w| equals_chars(&chars[piece.clone()], w))
        {
            pieces.push(piece);
        }
    }
    pieces
}
