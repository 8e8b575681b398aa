# Runs each line of stdin (an Elixir expression) and prints it with its
# outcome: `= inspect(result)` or `! exception banner`. The golden files of
# src/bif/tests are this script's output; regenerate them with gen_goldens.sh.
for line <- IO.stream(:stdio, :line), (l = String.trim(line)) != "", not String.starts_with?(l, "#") do
  out = try do
    {v, _} = Code.eval_string(l)
    "= " <> inspect(v, limit: :infinity, printable_limit: :infinity)
  rescue
    e -> "! " <> (Exception.format_banner(:error, e, []) |> String.replace("\n", "\\n"))
  catch
    k, v -> "! #{k} #{inspect v}"
  end
  IO.puts "#{l}  ==>  #{out}"
end
