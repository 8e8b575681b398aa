"a #{"""
heredoc inside
"""} b"
"sigil #{~s(x)} and #{~r/y/}"
"charlist #{'c'} list #{[1, 2]}"
"comment-like #{x # not closed here
} done"
"brace #{"{"} and #{'}'}"
"fn #{fn -> 1 end.()}"
"map #{%{a: %{b: 1}}.a.b}"
"#{"#{"#{1}"}"}#{"#{2}"}"
"tuple #{elem({1, "}"}, 1)}"
"sharp # alone and #x and ## and #"
