"if: #{if x do "yes" else "no" end}"
"case: #{case x do
  1 -> "one"
  _ -> "other"
end}"
"multi: #{a = 1; b = 2; a + b}"
"map access: #{m.key} #{m[:key]} #{m["key"]}"
"pipe: #{x |> f() |> g()}"
"tuple: #{inspect({1, 2})}"
"newline inside #{
  x
}"
