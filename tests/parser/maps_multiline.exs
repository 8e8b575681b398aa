%{
  "a" =>
    1,
  "b"
  => 2,
  c:
    3
}
%{
  key: value,
  other: %{
    nested: [
      1,
      2
    ]
  }
}
%{a: 1,
  b: 2}
%{"x" => 1,
  "y" => 2}
