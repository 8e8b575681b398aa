#!/bin/sh
# Regenerates src/term/inspect/ident_table.rs: which codepoints may start or continue
# an unquoted atom, their scripts, and the data for the NFC check. The start and
# continue sets are probed from real Elixir (inspect of a one-codepoint atom, and of
# "_" followed by it); scripts come from Perl's Unicode database (Script_Extensions)
# (and grapheme cluster breaks), and combining classes, decompositions and
# compositions from Python's unicodedata, both Unicode 14 like Elixir 1.14 on
# OTP 25. Needs elixir, perl and python3.
set -eu
here=$(dirname "$0")
tmp=$(mktemp -d)
cat > "$tmp/probe.exs" <<'EXS'
[dir] = System.argv()
cps = Enum.concat(128..0xD7FF, 0xE000..0x10FFFF)
unquoted = fn prefix -> Enum.filter(cps, fn c -> s = prefix <> <<c::utf8>>; inspect(String.to_atom(s)) == ":" <> s end) end
File.write!(Path.join(dir, "start.txt"), Enum.map(unquoted.(""), &"#{&1}\n"))
File.write!(Path.join(dir, "cont.txt"), Enum.map(unquoted.("_"), &"#{&1}\n"))
EXS
elixir --erl "+t 5000000" "$tmp/probe.exs" "$tmp"
cat > "$tmp/scx.pl" <<'PL'
use Unicode::UCD qw(prop_invmap);
my ($starts, $values) = prop_invmap("Script_Extensions");
my %want;
for my $f (@ARGV) { open my $fh, "<", $f or die; while (<$fh>) { chomp; $want{$_} = 1 } }
for my $i (0 .. $#$starts) {
  my $end = $i < $#$starts ? $starts->[$i + 1] - 1 : 0x10FFFF;
  my $v = ref $values->[$i] ? join(" ", @{$values->[$i]}) : $values->[$i];
  for my $cp ($starts->[$i] .. $end) {
    next unless $want{$cp};
    # Whether the codepoint continues a grapheme cluster (Extend, SpacingMark, ZWJ).
    my $ext = chr($cp) =~ /[\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}]/ ? 1 : 0;
    print "$cp $ext $v\n";
  }
}
PL
perl "$tmp/scx.pl" "$tmp/start.txt" "$tmp/cont.txt" > "$tmp/scx.txt"
python3 "$here/gen_ident_table.py" "$tmp" > "$here/../inspect/ident_table.rs"
rm -r "$tmp"
