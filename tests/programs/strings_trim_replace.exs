ws = " \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2007\u200A\u2028\u2029\u202F\u205F\u3000"
strs = ["", "   ", ws, ws <> "a b" <> ws, "abc", <<"a", 255, " ">>, <<" ", 0xE2, 0x80, 0x80>>, <<0xF0, 0xE2, 0x80, 0x80>>, <<"x", 0xE2, 0x80>>, "\u180E x \u180E", "\u200B x \u200B"]
for s <- strs do
  IO.inspect({String.trim(s), String.trim_leading(s), String.trim_trailing(s), String.split(s), String.split(s, " ", trim: true),
    String.split(s, [" ", "\t"], trim: true), String.split(s, " ", parts: 2, trim: true), String.replace(s, " ", "_"), String.replace(s, " ", "_", global: false),
    String.replace(s, [" ", "\t"], fn m -> "<#{m}>" end), String.replace(s, "", "."), String.trim(s, " "), String.trim_leading(s, " "), String.trim_trailing(s, " ")})
end
IO.inspect String.replace("aaaa", "aa", "b")
IO.inspect String.replace("abcabc", ["b", "bc"], "X")
IO.inspect String.replace("abc", :binary.compile_pattern("b"), "[]")
IO.inspect String.split("a,b,,c,,", ",", trim: true)
IO.inspect String.split(",,a,,b", [",", ",,"], trim: true)
IO.inspect String.split("abc", "", trim: true)
