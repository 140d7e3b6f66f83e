//! The regular expressions of JSON Schema `pattern`s, as `worldpay`
//! checks request strings with them.
//!
//! JSON Schema says a `pattern` is an ECMAScript (ECMA-262) regular
//! expression, matched anywhere in the string unless it is anchored. This
//! crate compiles one to a small program and runs it as a Pike VM: every
//! possible path at once, one pass over the string, so the time is linear
//! in the string's length for a given pattern (a lookahead runs its own
//! pass from where it stands). No backtracking: no pattern can make a check
//! blow up on a long value.
//!
//! A check only asks *whether* a string matches, so what ECMAScript adds
//! for captures and match positions (greedy and lazy order, capture
//! groups' contents) changes nothing here and is not computed.
//!
//! # What is supported
//!
//! Without flags (no `i`, `m`, `s`, `u`), as ECMA-262 with its Annex B:
//! - literals, `.` (any character but a line terminator), `^` and `$` (the
//!   string's start and end), `\b` and `\B`;
//! - classes `[…]` and `[^…]` with ranges, and the escapes `\d \D \s \S \w
//!   \W` in and out of classes (`\s` is ECMAScript's white space and line
//!   terminators);
//! - escapes `\t \n \v \f \r \0 \xHH \uHHHH \cX`, and any non-alphanumeric
//!   character escaped stands for itself (`\.`, `\-`, `\/`);
//! - groups `(…)`, `(?:…)`, `(?<name>…)`, alternation `|`, lookaheads
//!   `(?=…)` and `(?!…)`;
//! - quantifiers `* + ? {n} {n,} {n,m}`, greedy or lazy (`*?`); as Annex B
//!   says, a `{` that does not start a quantifier, and a lone `}` or `]`,
//!   are literal.
//!
//! Refused with a [`PatternError`] that names the construct and where it
//! is: backreferences (`\1`, `\k<…>`), lookbehinds (`(?<=…)`, `(?<!…)`),
//! Unicode property escapes (`\p{…}`), `\u{…}`, escapes of letters that
//! ECMAScript does not define (a Java `\A` or `\z` would otherwise silently
//! match a letter), a quantifier with nothing to repeat, and unbalanced
//! groups and classes.

use std::fmt;

/// A compiled pattern: [`Pattern::new`], then [`Pattern::is_match`].
#[derive(Clone)]
pub struct Pattern {
    source: Box<str>,
    /// Program 0 is the pattern; the others are its lookaheads' bodies.
    programs: Vec<Vec<Inst>>,
    sets: Vec<CharSet>,
}

/// A pattern this crate cannot compile: what was found, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    /// The pattern, as given.
    pub pattern: String,
    /// Where the construct starts, in characters from the pattern's start.
    pub position: usize,
    /// What is wrong there (`"a backreference"`, `"an unclosed group"`).
    pub problem: &'static str,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "pattern `{}`: {} at character {}",
            self.pattern, self.problem, self.position
        )
    }
}

impl std::error::Error for PatternError {}

/// The most instructions one program may have once counted repetitions
/// are written out (`{1,128}` copies its body 128 times).
const MAX_PROGRAM: usize = 50_000;

/// The deepest nesting of groups a pattern may have: parsing and compiling
/// recurse once per level, and a description is outside input.
const MAX_NESTING: usize = 64;

impl Pattern {
    /// Compiles `source`.
    pub fn new(source: &str) -> Result<Pattern, PatternError> {
        let chars: Vec<char> = source.chars().collect();
        let mut parser = Parser {
            source,
            chars: &chars,
            at: 0,
            depth: 0,
        };
        let node = parser.disjunction()?;
        if parser.at < chars.len() {
            // Only a `)` stops a top-level disjunction early.
            return Err(parser.error(parser.at, "a `)` that closes no group"));
        }
        let mut compiler = Compiler {
            programs: vec![Vec::new()],
            sets: Vec::new(),
            source,
        };
        compiler.program(0, &node)?;
        Ok(Pattern {
            source: source.into(),
            programs: compiler.programs,
            sets: compiler.sets,
        })
    }

    /// The pattern's text.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches anywhere in `haystack` (JSON Schema's
    /// rule: a pattern is not implicitly anchored).
    pub fn is_match(&self, haystack: &str) -> bool {
        let chars: Vec<char> = haystack.chars().collect();
        self.run(0, &chars, 0, true)
    }

    /// Runs program `program` from `start`; with `search`, a new attempt
    /// starts at every position, else only at `start` (a lookahead). True
    /// as soon as any path reaches the end of the program.
    fn run(&self, program: usize, chars: &[char], start: usize, search: bool) -> bool {
        let code = &self.programs[program];
        let mut current = Threads::new(code.len());
        let mut next = Threads::new(code.len());
        let mut stack = Vec::new();
        for at in start..=chars.len() {
            if (search || at == start) && self.add(program, &mut current, &mut stack, 0, chars, at)
            {
                return true;
            }
            if at == chars.len() || (current.dense.is_empty() && !search) {
                return false;
            }
            let c = chars[at];
            next.clear();
            for &pc in &current.dense {
                if let Inst::Set(set) = code[pc]
                    && self.sets[set].contains(c)
                    && self.add(program, &mut next, &mut stack, pc + 1, chars, at + 1)
                {
                    return true;
                }
            }
            std::mem::swap(&mut current, &mut next);
        }
        false
    }

    /// Adds `pc` and everything reachable from it without reading a
    /// character at position `at`; true if that reaches the end.
    fn add(
        &self,
        program: usize,
        threads: &mut Threads,
        stack: &mut Vec<usize>,
        pc: usize,
        chars: &[char],
        at: usize,
    ) -> bool {
        let code = &self.programs[program];
        stack.clear();
        stack.push(pc);
        while let Some(pc) = stack.pop() {
            if !threads.insert(pc) {
                continue;
            }
            match code[pc] {
                Inst::Match => return true,
                Inst::Set(_) => {}
                Inst::Jmp(to) => stack.push(to),
                Inst::Split(a, b) => {
                    stack.push(b);
                    stack.push(a);
                }
                Inst::Start => {
                    if at == 0 {
                        stack.push(pc + 1);
                    }
                }
                Inst::End => {
                    if at == chars.len() {
                        stack.push(pc + 1);
                    }
                }
                Inst::WordBoundary { negate } => {
                    let before = at > 0 && is_word(chars[at - 1]);
                    let after = at < chars.len() && is_word(chars[at]);
                    if (before != after) != negate {
                        stack.push(pc + 1);
                    }
                }
                Inst::Look {
                    program: body,
                    negate,
                } => {
                    // A lookahead's own pass uses its own stack.
                    if self.run(body, chars, at, false) != negate {
                        stack.push(pc + 1);
                    }
                }
            }
        }
        false
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        self.source == other.source
    }
}

impl Eq for Pattern {}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The threads at one position: a sparse set of program counters.
struct Threads {
    dense: Vec<usize>,
    seen: Vec<bool>,
}

impl Threads {
    fn new(len: usize) -> Threads {
        Threads {
            dense: Vec::new(),
            seen: vec![false; len],
        }
    }

    fn insert(&mut self, pc: usize) -> bool {
        if self.seen[pc] {
            return false;
        }
        self.seen[pc] = true;
        self.dense.push(pc);
        true
    }

    fn clear(&mut self) {
        for &pc in &self.dense {
            self.seen[pc] = false;
        }
        self.dense.clear();
    }
}

#[derive(Clone, Copy, Debug)]
enum Inst {
    /// Reads one character of set `.0`.
    Set(usize),
    Split(usize, usize),
    Jmp(usize),
    Start,
    End,
    WordBoundary {
        negate: bool,
    },
    Look {
        program: usize,
        negate: bool,
    },
    Match,
}

/// A set of characters: sorted, disjoint, inclusive ranges of scalar values.
#[derive(Clone, Debug, PartialEq, Eq)]
struct CharSet(Vec<(u32, u32)>);

impl CharSet {
    fn of(ranges: &[(u32, u32)]) -> CharSet {
        let mut ranges = ranges.to_vec();
        ranges.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (lo, hi) in ranges {
            match out.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => out.push((lo, hi)),
            }
        }
        CharSet(out)
    }

    fn complement(&self) -> CharSet {
        let mut out = Vec::new();
        let mut next = 0u32;
        for &(lo, hi) in &self.0 {
            if lo > next {
                out.push((next, lo - 1));
            }
            next = hi + 1;
        }
        if next <= char::MAX as u32 {
            out.push((next, char::MAX as u32));
        }
        CharSet(out)
    }

    fn contains(&self, c: char) -> bool {
        let c = c as u32;
        self.0
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

const DIGIT: &[(u32, u32)] = &[(0x30, 0x39)];
const WORD: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)];
/// ECMAScript's WhiteSpace and LineTerminator.
const SPACE: &[(u32, u32)] = &[
    (0x09, 0x0D),
    (0x20, 0x20),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
];
const LINE_TERMINATOR: &[(u32, u32)] = &[(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)];

#[derive(Clone, Debug)]
enum Node {
    Set(CharSet),
    Start,
    End,
    WordBoundary {
        negate: bool,
    },
    Look {
        body: Box<Node>,
        negate: bool,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        body: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

struct Parser<'a> {
    source: &'a str,
    chars: &'a [char],
    at: usize,
    /// Groups open at the current position.
    depth: usize,
}

/// A class escape or a single character, inside `[…]`.
enum ClassAtom {
    Char(u32),
    Set(CharSet),
}

impl Parser<'_> {
    fn error(&self, position: usize, problem: &'static str) -> PatternError {
        PatternError {
            pattern: self.source.to_owned(),
            position,
            problem,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.at + offset).copied()
    }

    fn disjunction(&mut self) -> Result<Node, PatternError> {
        let mut alternatives = vec![self.alternative()?];
        while self.peek() == Some('|') {
            self.at += 1;
            alternatives.push(self.alternative()?);
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().expect("one alternative")
        } else {
            Node::Alternation(alternatives)
        })
    }

    fn alternative(&mut self) -> Result<Node, PatternError> {
        let mut terms = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            terms.push(self.term()?);
        }
        Ok(Node::Concat(terms))
    }

    fn term(&mut self) -> Result<Node, PatternError> {
        let start = self.at;
        let c = self.peek().expect("a term starts at a character");
        let (atom, quantifiable) = match c {
            '^' => {
                self.at += 1;
                (Node::Start, false)
            }
            '$' => {
                self.at += 1;
                (Node::End, false)
            }
            '\\' if matches!(self.peek_at(1), Some('b' | 'B')) => {
                let negate = self.peek_at(1) == Some('B');
                self.at += 2;
                (Node::WordBoundary { negate }, false)
            }
            '(' => self.group()?,
            '[' => (Node::Set(self.class()?), true),
            '.' => {
                self.at += 1;
                (Node::Set(CharSet::of(LINE_TERMINATOR).complement()), true)
            }
            '\\' => (Node::Set(self.atom_escape()?), true),
            '*' | '+' | '?' => return Err(self.error(start, "a quantifier with nothing to repeat")),
            '{' if self.quantifier_bounds().is_some() => {
                return Err(self.error(start, "a quantifier with nothing to repeat"));
            }
            c => {
                self.at += 1;
                (Node::Set(CharSet::of(&[(c as u32, c as u32)])), true)
            }
        };
        let quantifier_at = self.at;
        let Some((min, max)) = self.quantifier()? else {
            return Ok(atom);
        };
        if !quantifiable {
            return Err(self.error(quantifier_at, "a quantifier on an assertion"));
        }
        Ok(Node::Repeat {
            body: Box::new(atom),
            min,
            max,
        })
    }

    /// `(…)`, `(?:…)`, `(?<name>…)`, `(?=…)`, `(?!…)`; the flag says
    /// whether a quantifier may follow.
    fn group(&mut self) -> Result<(Node, bool), PatternError> {
        let start = self.at;
        if self.depth >= MAX_NESTING {
            return Err(self.error(start, "groups nested too deep"));
        }
        self.at += 1;
        let mut look = None;
        if self.peek() == Some('?') {
            match self.peek_at(1) {
                Some(':') => self.at += 2,
                Some('=') => {
                    look = Some(false);
                    self.at += 2;
                }
                Some('!') => {
                    look = Some(true);
                    self.at += 2;
                }
                Some('<') if matches!(self.peek_at(2), Some('=' | '!')) => {
                    return Err(self.error(start, "a lookbehind"));
                }
                Some('<') => {
                    self.at += 2;
                    let name_start = self.at;
                    while self
                        .peek()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
                    {
                        self.at += 1;
                    }
                    if self.at == name_start || self.peek() != Some('>') {
                        return Err(self.error(start, "a malformed group name"));
                    }
                    self.at += 1;
                }
                _ => return Err(self.error(start, "an unknown group modifier")),
            }
        }
        self.depth += 1;
        let body = self.disjunction();
        self.depth -= 1;
        let body = body?;
        if self.peek() != Some(')') {
            return Err(self.error(start, "an unclosed group"));
        }
        self.at += 1;
        Ok(match look {
            Some(negate) => (
                Node::Look {
                    body: Box::new(body),
                    negate,
                },
                false,
            ),
            None => (body, true),
        })
    }

    /// A quantifier at the current position, if there is one.
    fn quantifier(&mut self) -> Result<Option<(u32, Option<u32>)>, PatternError> {
        let bounds = match self.peek() {
            Some('*') => {
                self.at += 1;
                (0, None)
            }
            Some('+') => {
                self.at += 1;
                (1, None)
            }
            Some('?') => {
                self.at += 1;
                (0, Some(1))
            }
            Some('{') => match self.quantifier_bounds() {
                Some((min, max, len)) => {
                    let start = self.at;
                    self.at += len;
                    if max.is_some_and(|max| max < min) {
                        return Err(
                            self.error(start, "a quantifier whose maximum is below its minimum")
                        );
                    }
                    (min, max)
                }
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        // Lazy or greedy: the same strings match.
        if self.peek() == Some('?') {
            self.at += 1;
        }
        if matches!(self.peek(), Some('*' | '+' | '?')) {
            return Err(self.error(self.at, "a quantifier with nothing to repeat"));
        }
        Ok(Some(bounds))
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position: bounds and length.
    fn quantifier_bounds(&self) -> Option<(u32, Option<u32>, usize)> {
        let mut i = self.at + 1;
        let number = |i: &mut usize| -> Option<u32> {
            let start = *i;
            while self.chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            if *i == start {
                return None;
            }
            let digits: String = self.chars[start..*i].iter().collect();
            // A bound past u32 repeats more than any program may hold.
            Some(digits.parse().unwrap_or(u32::MAX))
        };
        let min = number(&mut i)?;
        let max = if self.chars.get(i) == Some(&',') {
            i += 1;
            if self.chars.get(i) == Some(&'}') {
                None
            } else {
                Some(number(&mut i)?)
            }
        } else {
            Some(min)
        };
        (self.chars.get(i) == Some(&'}')).then_some((min, max, i + 1 - self.at))
    }

    /// An escape outside a class (the `\` is at the current position).
    fn atom_escape(&mut self) -> Result<CharSet, PatternError> {
        Ok(match self.escape(false)? {
            ClassAtom::Char(c) => CharSet::of(&[(c, c)]),
            ClassAtom::Set(set) => set,
        })
    }

    /// `\…` at the current position, in a class or not.
    fn escape(&mut self, in_class: bool) -> Result<ClassAtom, PatternError> {
        let start = self.at;
        self.at += 1;
        let Some(c) = self.peek() else {
            return Err(self.error(start, "a `\\` at the end of the pattern"));
        };
        self.at += 1;
        let set = |ranges: &[(u32, u32)], negate: bool| {
            let set = CharSet::of(ranges);
            ClassAtom::Set(if negate { set.complement() } else { set })
        };
        Ok(match c {
            'd' => set(DIGIT, false),
            'D' => set(DIGIT, true),
            's' => set(SPACE, false),
            'S' => set(SPACE, true),
            'w' => set(WORD, false),
            'W' => set(WORD, true),
            't' => ClassAtom::Char(0x09),
            'n' => ClassAtom::Char(0x0A),
            'v' => ClassAtom::Char(0x0B),
            'f' => ClassAtom::Char(0x0C),
            'r' => ClassAtom::Char(0x0D),
            'b' if in_class => ClassAtom::Char(0x08),
            '0' if !self.peek().is_some_and(|c| c.is_ascii_digit()) => ClassAtom::Char(0),
            '1'..='9' => return Err(self.error(start, "a backreference")),
            'k' => return Err(self.error(start, "a named backreference")),
            'p' | 'P' => return Err(self.error(start, "a Unicode property escape")),
            'x' => ClassAtom::Char(
                self.hex(2)
                    .ok_or_else(|| self.error(start, "a malformed `\\x` escape"))?,
            ),
            'u' if self.peek() == Some('{') => {
                return Err(self.error(start, "a `\\u{…}` escape (it needs the `u` flag)"));
            }
            'u' => ClassAtom::Char(
                self.hex(4)
                    .ok_or_else(|| self.error(start, "a malformed `\\u` escape"))?,
            ),
            'c' => match self.peek() {
                Some(l) if l.is_ascii_alphabetic() => {
                    self.at += 1;
                    ClassAtom::Char(l as u32 % 32)
                }
                _ => return Err(self.error(start, "a malformed `\\c` escape")),
            },
            c if c.is_alphanumeric() => {
                return Err(self.error(start, "an escape ECMAScript does not define"));
            }
            c => ClassAtom::Char(c as u32),
        })
    }

    fn hex(&mut self, digits: usize) -> Option<u32> {
        let text: String = self.chars.get(self.at..self.at + digits)?.iter().collect();
        if !text.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        self.at += digits;
        u32::from_str_radix(&text, 16).ok()
    }

    /// `[…]` at the current position.
    fn class(&mut self) -> Result<CharSet, PatternError> {
        let start = self.at;
        self.at += 1;
        let negate = self.peek() == Some('^');
        if negate {
            self.at += 1;
        }
        let mut ranges = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error(start, "an unclosed class"));
            };
            if c == ']' {
                self.at += 1;
                break;
            }
            let atom_at = self.at;
            let first = self.class_atom()?;
            // `a-z` is a range; a `-` first, last or next to a class
            // escape (`[\s-]`, `[\w-z]`) is literal, as Annex B says.
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                let ClassAtom::Char(lo) = first else {
                    push_atom(&mut ranges, first);
                    continue;
                };
                self.at += 1;
                match self.class_atom()? {
                    ClassAtom::Char(hi) => {
                        if hi < lo {
                            return Err(self.error(atom_at, "a class range out of order"));
                        }
                        ranges.push((lo, hi));
                    }
                    second @ ClassAtom::Set(_) => {
                        ranges.push((lo, lo));
                        ranges.push(('-' as u32, '-' as u32));
                        push_atom(&mut ranges, second);
                    }
                }
            } else {
                push_atom(&mut ranges, first);
            }
        }
        let set = CharSet::of(&ranges);
        Ok(if negate { set.complement() } else { set })
    }

    fn class_atom(&mut self) -> Result<ClassAtom, PatternError> {
        match self.peek() {
            Some('\\') => self.escape(true),
            Some(c) => {
                self.at += 1;
                Ok(ClassAtom::Char(c as u32))
            }
            None => Err(self.error(self.at, "an unclosed class")),
        }
    }
}

fn push_atom(ranges: &mut Vec<(u32, u32)>, atom: ClassAtom) {
    match atom {
        ClassAtom::Char(c) => ranges.push((c, c)),
        ClassAtom::Set(set) => ranges.extend(set.0),
    }
}

struct Compiler<'a> {
    programs: Vec<Vec<Inst>>,
    sets: Vec<CharSet>,
    source: &'a str,
}

impl Compiler<'_> {
    fn program(&mut self, index: usize, node: &Node) -> Result<(), PatternError> {
        let mut code = Vec::new();
        self.emit(&mut code, node)?;
        code.push(Inst::Match);
        self.programs[index] = code;
        Ok(())
    }

    fn too_large(&self) -> PatternError {
        PatternError {
            pattern: self.source.to_owned(),
            position: 0,
            problem: "a repetition too large to write out",
        }
    }

    fn emit(&mut self, code: &mut Vec<Inst>, node: &Node) -> Result<(), PatternError> {
        if code.len() > MAX_PROGRAM {
            return Err(self.too_large());
        }
        match node {
            Node::Set(set) => {
                let index = match self.sets.iter().position(|s| s == set) {
                    Some(i) => i,
                    None => {
                        self.sets.push(set.clone());
                        self.sets.len() - 1
                    }
                };
                code.push(Inst::Set(index));
            }
            Node::Start => code.push(Inst::Start),
            Node::End => code.push(Inst::End),
            Node::WordBoundary { negate } => code.push(Inst::WordBoundary { negate: *negate }),
            Node::Look { body, negate } => {
                let program = self.programs.len();
                self.programs.push(Vec::new());
                self.program(program, body)?;
                code.push(Inst::Look {
                    program,
                    negate: *negate,
                });
            }
            Node::Concat(nodes) => {
                for n in nodes {
                    self.emit(code, n)?;
                }
            }
            Node::Alternation(nodes) => {
                // Split(a, next split) … each branch jumps to the end.
                let mut jumps = Vec::new();
                for (i, n) in nodes.iter().enumerate() {
                    if i + 1 < nodes.len() {
                        let split = code.len();
                        code.push(Inst::Split(split + 1, 0));
                        self.emit(code, n)?;
                        jumps.push(code.len());
                        code.push(Inst::Jmp(0));
                        let next = code.len();
                        code[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(code, n)?;
                    }
                }
                let end = code.len();
                for j in jumps {
                    code[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat { body, min, max } => {
                let min = *min as usize;
                if min > MAX_PROGRAM || max.is_some_and(|m| m as usize > MAX_PROGRAM) {
                    return Err(self.too_large());
                }
                for _ in 0..min {
                    self.emit(code, body)?;
                }
                match max {
                    None => {
                        // L: Split(body, out); body; Jmp L
                        let split = code.len();
                        code.push(Inst::Split(split + 1, 0));
                        self.emit(code, body)?;
                        code.push(Inst::Jmp(split));
                        let out = code.len();
                        code[split] = Inst::Split(split + 1, out);
                    }
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in min..*max as usize {
                            splits.push(code.len());
                            code.push(Inst::Split(code.len() + 1, 0));
                            self.emit(code, body)?;
                            if code.len() > MAX_PROGRAM {
                                return Err(self.too_large());
                            }
                        }
                        let out = code.len();
                        for s in splits {
                            code[s] = Inst::Split(s + 1, out);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
