defmodule Path do
  @moduledoc """
  Manipulates paths as strings (Unix style, `/` between names).

  Apart from `expand/1`, `absname/1`, `relative_to_cwd/1` (which read the
  current folder) and `wildcard/2` (which lists folders), nothing here
  touches the file system. Functions take chardata and return strings.
  """

  @type t :: IO.chardata()

  @doc "Joins a list of paths."
  @spec join(nonempty_list(t)) :: binary
  def join([name]), do: IO.chardata_to_string(name)
  def join([first, second | rest]), do: join([join(first, second) | rest])

  @doc "Joins two paths; a leading `/` on the right one is dropped."
  @spec join(t, t) :: binary
  def join(left, right) do
    left = IO.chardata_to_string(left)
    right = IO.chardata_to_string(right)

    right =
      case right do
        "/" <> rest -> rest
        _ -> right
      end

    joined =
      cond do
        left == "" -> right
        :binary.last(left) == ?/ -> left <> right
        true -> left <> "/" <> right
      end

    drop_trailing_slash(joined)
  end

  defp drop_trailing_slash(path) do
    size = byte_size(path)

    if size > 1 and :binary.last(path) == ?/ do
      :binary.part(path, 0, size - 1)
    else
      path
    end
  end

  defp trim_trailing_slashes(path) do
    size = byte_size(path)

    if size > 0 and :binary.last(path) == ?/ do
      trim_trailing_slashes(:binary.part(path, 0, size - 1))
    else
      path
    end
  end

  # The part after the last `/` (all of it when there is none).
  defp last_name(path) do
    case :binary.matches(path, "/") do
      [] ->
        path

      matches ->
        {pos, _} = List.last(matches)
        :binary.part(path, pos + 1, byte_size(path) - pos - 1)
    end
  end

  @doc "The last name in `path`, trailing slashes ignored."
  @spec basename(t) :: binary
  def basename(path), do: path |> IO.chardata_to_string() |> trim_trailing_slashes() |> last_name()

  @doc "The last name in `path` without `extension` when it ends with it."
  @spec basename(t, t) :: binary
  def basename(path, extension) do
    path = IO.chardata_to_string(path)
    base = basename(path)

    # Like Erlang, a trailing slash keeps the extension.
    if String.ends_with?(path, "/"), do: base, else: strip_suffix(base, IO.chardata_to_string(extension))
  end

  defp strip_suffix(string, "") do
    string
  end

  defp strip_suffix(string, suffix) do
    size = byte_size(string) - byte_size(suffix)

    if size >= 0 and :binary.part(string, size, byte_size(suffix)) == suffix do
      :binary.part(string, 0, size)
    else
      string
    end
  end

  @doc "Everything before the last name in `path` (`\".\"` when there is nothing)."
  @spec dirname(t) :: binary
  def dirname(path) do
    path = IO.chardata_to_string(path)

    case :binary.matches(path, "/") do
      [] ->
        "."

      matches ->
        {pos, _} = List.last(matches)

        case trim_trailing_slashes(:binary.part(path, 0, pos)) do
          "" -> if :binary.first(path) == ?/, do: "/", else: "."
          dir -> dir
        end
    end
  end

  @doc "The extension of the last name in `path`, with its dot (`\"\"` when none)."
  @spec extname(t) :: binary
  def extname(path) do
    name = path |> IO.chardata_to_string() |> last_name()

    case :binary.matches(name, ".") do
      [] ->
        ""

      matches ->
        case List.last(matches) do
          {0, _} -> ""
          {pos, _} -> :binary.part(name, pos, byte_size(name) - pos)
        end
    end
  end

  @doc "`path` without the extension of its last name."
  @spec rootname(t) :: binary
  def rootname(path) do
    path = IO.chardata_to_string(path)
    name = last_name(path)

    case :binary.matches(name, ".") do
      [] ->
        path

      matches ->
        {pos, _} = List.last(matches)
        :binary.part(path, 0, byte_size(path) - (byte_size(name) - pos))
    end
  end

  @doc "`path` without `extension` when it ends with it."
  @spec rootname(t, t) :: binary
  def rootname(path, extension) do
    strip_suffix(IO.chardata_to_string(path), IO.chardata_to_string(extension))
  end

  @doc "The names in `path`; an absolute path starts with `\"/\"`."
  @spec split(t) :: [binary]
  def split(path) do
    path = IO.chardata_to_string(path)
    names = for name <- :binary.split(path, "/", [:global]), name != "", do: name

    case path do
      "/" <> _ -> ["/" | names]
      _ -> names
    end
  end

  @doc "`:absolute` for a path from the root, `:relative` otherwise."
  @spec type(t) :: :absolute | :relative | :volumerelative
  def type(path) do
    case IO.chardata_to_string(path) do
      "/" <> _ -> :absolute
      _ -> :relative
    end
  end

  @doc "`path` without its leading `/`."
  @spec relative(t) :: binary
  def relative(path) do
    case IO.chardata_to_string(path) do
      "/" -> "."
      "/" <> rest -> rest
      other -> other
    end
  end

  @doc "`path` made absolute against the current folder (no `..` resolved)."
  @spec absname(t) :: binary
  def absname(path), do: absname(path, File.cwd!())

  @doc "`path` made absolute against `relative_to`."
  @spec absname(t, t) :: binary
  def absname(path, relative_to) do
    path = IO.chardata_to_string(path)

    case type(path) do
      :absolute -> tidy_absolute(path)
      :relative -> tidy_absolute(absname(relative_to) <> "/" <> path)
    end
  end

  # Empty segments and `.` ones go, except a `.` that ends the path (Elixir
  # keeps `/a/.` but writes `/a/./b/` as `/a/b`); `..` stays.
  defp tidy_absolute(path) do
    segments = :binary.split(path, "/", [:global])
    last = length(segments) - 1

    kept =
      segments
      |> Enum.with_index()
      |> Enum.reject(fn {seg, i} -> seg == "" or (seg == "." and i != last) end)
      |> Enum.map(&elem(&1, 0))

    "/" <> Enum.join(kept, "/")
  end

  @doc "The absolute path of `path`, with `~` expanded and `.` and `..` resolved."
  @spec expand(t) :: binary
  def expand(path), do: path |> expand_home() |> absname() |> normalize()

  @doc "Like `expand/1`, a relative `path` being taken against `relative_to`."
  @spec expand(t, t) :: binary
  def expand(path, relative_to) do
    path = expand_home(path)

    case type(path) do
      :absolute -> normalize(path)
      :relative -> normalize(absname(path, expand(relative_to)))
    end
  end

  defp expand_home(path) do
    case IO.chardata_to_string(path) do
      "~" -> System.user_home!()
      "~/" <> rest -> join(System.user_home!(), rest)
      other -> other
    end
  end

  # Resolves `.`, `..` and repeated slashes in an absolute path.
  defp normalize(path) do
    ["/" | names] = split(path)

    kept =
      Enum.reduce(names, [], fn
        ".", acc -> acc
        "..", [] -> []
        "..", [_ | acc] -> acc
        name, acc -> [name | acc]
      end)

    "/" <> Enum.join(:lists.reverse(kept), "/")
  end

  @doc "`path` relative to `from` when it lies under it, else `path` unchanged."
  @spec relative_to(t, t) :: binary
  def relative_to(path, from) do
    path = IO.chardata_to_string(path)

    case strip_prefix(split(path), split(from)) do
      {:ok, []} -> "."
      {:ok, rest} -> join(rest)
      :error -> path
    end
  end

  defp strip_prefix(rest, []), do: {:ok, rest}
  defp strip_prefix([name | rest], [other | prefix]) when name == other, do: strip_prefix(rest, prefix)
  defp strip_prefix(_path, _prefix), do: :error

  @doc "`path` relative to the current folder when it lies under it."
  @spec relative_to_cwd(t) :: binary
  def relative_to_cwd(path) do
    case File.cwd() do
      {:ok, cwd} -> relative_to(path, cwd)
      _ -> IO.chardata_to_string(path)
    end
  end

  @doc "A relative `path` with `..` resolved, or `:error` when it would leave its folder."
  @spec safe_relative(t) :: {:ok, binary} | :error
  def safe_relative(path), do: safe_relative_to(path, File.cwd!())

  @doc "Like `safe_relative/1`; `cwd` is accepted for compatibility."
  @spec safe_relative_to(t, t) :: {:ok, binary} | :error
  def safe_relative_to(path, _cwd) do
    path = IO.chardata_to_string(path)

    case type(path) do
      :absolute -> :error
      :relative -> safe_names(split(path), [])
    end
  end

  defp safe_names([], acc), do: {:ok, acc |> :lists.reverse() |> join_or_empty()}
  defp safe_names(["." | rest], acc), do: safe_names(rest, acc)
  defp safe_names([".." | _rest], []), do: :error
  defp safe_names([".." | rest], [_ | acc]), do: safe_names(rest, acc)
  defp safe_names([name | rest], acc), do: safe_names(rest, [name | acc])

  defp join_or_empty([]), do: ""
  defp join_or_empty(names), do: join(names)

  @doc """
  The paths that match `glob`, sorted: `*` and `?` match within a name,
  `**` any number of folders, `[a-z]` one character of a class and `{a,b}`
  either alternative. Names starting with a dot are matched only with
  `match_dot: true`.
  """
  @spec wildcard(t, keyword) :: [binary]
  def wildcard(glob, opts \\ []) when is_list(opts) do
    :vial_file.wildcard(IO.chardata_to_string(glob), Keyword.get(opts, :match_dot, false) == true, nil)
  end
end

defmodule :filename do
  @moduledoc false
  # Erlang's file name functions: the answer is a binary when an argument
  # is one, else a charlist.

  defp out(result, inputs) do
    if Enum.any?(inputs, &is_binary/1), do: result, else: String.to_charlist(result)
  end

  defp str(name) when is_atom(name), do: Atom.to_string(name)
  defp str(name), do: IO.chardata_to_string(name)

  def join([name]), do: out(str(name), [name])
  def join([first, second | rest]), do: join([join(first, second) | rest])

  def join(left, right) do
    {l, r} = {str(left), str(right)}

    joined =
      case r do
        "/" <> _ -> r
        _ -> String.trim_trailing(l, "/") <> "/" <> r
      end

    joined |> squeeze() |> out([left, right])
  end

  defp squeeze(path) do
    case Path.split(path) do
      [] -> ""
      ["/" | names] -> "/" <> Enum.join(names, "/")
      names -> Enum.join(names, "/")
    end
  end

  def basename(name), do: name |> str() |> Path.basename() |> out([name])
  def basename(name, ext), do: name |> str() |> Path.basename(str(ext)) |> out([name])
  def dirname(name), do: name |> str() |> Path.dirname() |> out([name])
  def extension(name), do: name |> str() |> Path.extname() |> out([name])
  def rootname(name), do: name |> str() |> Path.rootname() |> out([name])
  def rootname(name, ext), do: name |> str() |> Path.rootname(str(ext)) |> out([name])
  def split(name), do: name |> str() |> Path.split() |> Enum.map(&out(&1, [name]))
  def pathtype(name), do: Path.type(str(name))
  def absname(name), do: name |> str() |> Path.absname() |> out([name])
  def absname(name, dir), do: name |> str() |> Path.absname(str(dir)) |> out([name])
  def absname_join(dir, name), do: join(dir, name)
  def nativename(name), do: name |> str() |> out([name])
  def flatten(name) when is_binary(name), do: name
  def flatten(name), do: name |> str() |> String.to_charlist()
end
