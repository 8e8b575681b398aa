strs = ["", "a", "héllo wörld", "a\r\nb\r\n", "e\u0301e\u0301e\u0301", <<"ab", 255, "cd", 0xE2, 0x80>>, "🇫🇷🇩🇪🇮🇹", String.duplicate("x\u0301", 200) <> "yz",
  String.duplicate("ab", 300) <> <<255>> <> "tail", String.duplicate("é", 500)]
for s <- strs do
  IO.inspect({String.slice(s, 0, 3), String.slice(s, 2, 5), String.slice(s, -3, 2), String.slice(s, 1..-2), String.slice(s, 300, 3), String.slice(s, 2..10//3),
   String.at(s, 0), String.at(s, 4), String.at(s, -1), String.at(s, 1000), String.split_at(s, 2), String.split_at(s, -2), String.split_at(s, 500),
   String.valid?(s), String.upcase(s, :ascii), String.downcase(s, :ascii), String.capitalize(s, :ascii), String.first(s), String.last(s),
   String.pad_leading(s, 5, "ab"), String.slice(s, 199, 3)}, limit: :infinity)
end
IO.inspect String.valid?(<<1::3>>)
IO.inspect String.valid?(:a)
IO.inspect String.valid?(<<0xED, 0xA0, 0x80>>)
IO.inspect String.upcase("ÀBC déf", :ascii)
