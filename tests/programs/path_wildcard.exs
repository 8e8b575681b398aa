# Path.wildcard over a small tree: *, ?, **, [a-z], {a,b}, hidden names, match_dot.
base = Path.join(System.tmp_dir!(), "vial_path_wildcard_#{System.pid()}")
File.rm_rf!(base)
for dir <- ["lib/app", "lib/app/deep", "test", ".hidden", "docs"], do: File.mkdir_p!(Path.join(base, dir))

for file <- ["mix.exs", "README.md", ".formatter.exs", "lib/app.ex", "lib/app/one.ex", "lib/app/two.exs",
             "lib/app/deep/three.ex", "test/app_test.exs", ".hidden/secret.ex", "docs/a.txt", "docs/b.txt", "docs/c.md"] do
  File.write!(Path.join(base, file), file)
end

File.cd!(base, fn ->
  for pattern <- ["*", "*.exs", "**/*.ex", "**/*.{ex,exs}", "lib/**", "lib/*/*.ex", "docs/[ab].txt",
                  "docs/?.*", "{lib,test}/*", "nothing*", "mix.exs", "missing.txt", ".*", "*/", "./*.md",
                  "lib/../mix.exs", "**/deep/*", "docs/*.{txt}", "[m]*"] do
    IO.inspect({pattern, Path.wildcard(pattern)})
  end

  IO.inspect(Path.wildcard("*", match_dot: true))
  IO.inspect(Path.wildcard("**/*.ex", match_dot: true))
  IO.inspect(Path.wildcard(".hidden/*"))
  IO.inspect(:filelib.wildcard(~c"*.exs"))
  IO.inspect(:filelib.wildcard(~c"*.txt", ~c"docs"))
end)

IO.inspect(Path.wildcard(Path.join(base, "docs/*.txt")) |> Enum.map(&Path.relative_to(&1, base)))
IO.inspect(Path.wildcard(Path.join([base, "**", "three.ex"])) |> Enum.map(&Path.relative_to(&1, base)))
File.rm_rf!(base)
IO.inspect(Path.wildcard(Path.join(base, "*")))
