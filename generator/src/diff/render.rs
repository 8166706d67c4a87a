//! The report as text and Markdown (JSON is its serde form).

use std::fmt::Write as _;

use super::{Change, Level, Report, Side};

fn summary(r: &Report) -> String {
    if r.changes.is_empty() {
        return "no change to the generated API".into();
    }
    let parts = [
        (Level::Major, "breaking"),
        (Level::Minor, "minor"),
        (Level::Patch, "documentation only"),
    ];
    parts
        .iter()
        .map(|(level, word)| format!("{} {word}", r.count(*level)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn heading(level: Level) -> &'static str {
    match level {
        Level::Major => "Breaking",
        Level::Minor => "Minor (compatible)",
        Level::Patch => "Documentation",
        Level::None => "Other",
    }
}

fn place(c: &Change) -> String {
    let side = match c.document {
        Side::Old => " in the old document",
        Side::New => "",
    };
    format!("{}{side}; {}", c.pointer, c.rust)
}

pub fn text(r: &Report) -> String {
    let mut out = format!("semver: {} ({})\n", r.semver, summary(r));
    for level in [Level::Major, Level::Minor, Level::Patch] {
        let changes: Vec<&Change> = r.changes.iter().filter(|c| c.level == level).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}:", heading(level));
        for c in changes {
            let _ = writeln!(out, "  [{}] {}", c.kind.as_str(), c.message);
            let _ = writeln!(out, "      at {}", place(c));
        }
    }
    out
}

/// Markdown; documentation-only changes are counted instead of listed when
/// there are more than `max_patch`.
pub fn markdown(r: &Report, max_patch: usize) -> String {
    let mut out = format!("Semver: **{}** ({}).\n", r.semver, summary(r));
    for level in [Level::Major, Level::Minor, Level::Patch] {
        let changes: Vec<&Change> = r.changes.iter().filter(|c| c.level == level).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", heading(level));
        if level == Level::Patch && changes.len() > max_patch {
            let _ = writeln!(
                out,
                "- {} descriptions and other documentation changed",
                changes.len()
            );
            continue;
        }
        for c in changes {
            let _ = writeln!(
                out,
                "- {} (`{}`, at `{}`)",
                escape(&c.message),
                c.kind.as_str(),
                place(c)
            );
        }
    }
    out
}

/// Markdown that would otherwise format: the messages quote code in
/// backticks already; `*`, `_` and `<` outside them are escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut code = false;
    for ch in text.chars() {
        if ch == '`' {
            code = !code;
        }
        if !code && matches!(ch, '*' | '_' | '<' | '[' | ']') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
