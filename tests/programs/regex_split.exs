# Regex.split and String.split with a regex: parts, trim, include_captures, on.
cases = [
  {~r/-/, "-a-b--c-", []},
  {~r/-/, "-a-b--c-", [trim: true]},
  {~r/-/, "-a-b--c-", [parts: 2]},
  {~r/-/, "-a-b--c-", [parts: 3, trim: true]},
  {~r/-/, "--a-b", [parts: 2, trim: true]},
  {~r/-/, "a-", [parts: 2, trim: true]},
  {~r/-/, "-a-b--c-", [include_captures: true]},
  {~r/-/, "-a-b--c-", [include_captures: true, trim: true]},
  {~r/-/, "-a-b--c-", [include_captures: true, parts: 2]},
  {~r/-/, "a-b-c", [include_captures: true, parts: 2]},
  {~r//, "abc", []},
  {~r//, "abc", [trim: true]},
  {~r//, "abc", [parts: 2]},
  {~r//, "abc", [parts: 2, trim: true]},
  {~r//u, "héé", []},
  {~r/x*/, "axbc", []},
  {~r/x*/, "axbc", [include_captures: true]},
  {~r/(-)(\d)?/, "a-1b-c", [on: :all_but_first]},
  {~r/(-)(\d)?/, "a-1b-c", [on: [2]]},
  {~r/(-)(\d)?/, "a-1b-c", [on: :all_but_first, include_captures: true]},
  {~r/a(?<n>-)b/, "xa-bya-bz", [on: [:n]]},
  {~r/a(?<n>-)b/, "xa-bya-bz", [on: ["n"], include_captures: true]},
  {~r/-/, "", []},
  {~r/-/, "", [trim: true]},
  {~r/-/, "abc", [trim: true]},
  {~r/-/, "---", [trim: true]},
  {~r/-/, "---", []},
  {~r/-/, "a-b", [parts: 1]},
  {~r/-/, "a-b", [parts: :infinity]},
  {~r/é/u, "aébéc", []},
  {~r/\s*/, " a b ", [trim: true]},
  {~r/(?=b)/, "abab", []},
  {~r/-/, "a-b", [on: :none]},
  {~r/\R/, "l1\nl2\r\nl3\rl4", []},
  {~r/[,;]\s*/, "a, b;c ,d", []},
  {~r/(\d)/, "a1b2c", [include_captures: true]}
]

for {re, s, o} <- cases do
  IO.inspect(Regex.split(re, s, o), label: "#{Regex.source(re)} #{inspect(s)} #{inspect(o)}")
end

IO.inspect(String.split("a1b22c", ~r/\d+/))
IO.inspect(String.split("a1b22c3", ~r/\d+/, trim: true))
IO.inspect(String.split("a1b22c3", ~r/\d+/, parts: 2))
IO.inspect(String.split("one  two\tthree", ~r/\s+/))
IO.inspect(String.split("CamelCaseString", ~r/(?=[A-Z])/, trim: true))
IO.inspect(String.split("key=value=more", ~r/=/, parts: 2))
