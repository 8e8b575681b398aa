defmodule File do
  @moduledoc """
  Files and folders, over Erlang's `:file`. Functions return `:ok`,
  `{:ok, result}` or `{:error, reason}` with a POSIX reason (`:enoent`,
  `:eacces`, `:eisdir`, `:enotdir`, `:eexist`, ...); the versions ending in
  `!` raise `File.Error` (or `File.CopyError`, `File.RenameError`,
  `File.LinkError`) instead. Paths are chardata; results are strings.
  """

  @type posix :: :file.posix()
  @type io_device :: term
  @type stat_options :: [time: :local | :universal | :posix]

  defp str(path), do: IO.chardata_to_string(path)

  defp file_error(reason, action, path) do
    raise File.Error, reason: reason, action: action, path: str(path)
  end

  # ---------------------------------------------------------------------------
  # Whole files

  @doc "Reads the whole file at `path` as a binary."
  @spec read(Path.t()) :: {:ok, binary} | {:error, posix}
  def read(path), do: :file.read_file(str(path))

  @doc "Like `read/1`, raising `File.Error` on failure."
  @spec read!(Path.t()) :: binary
  def read!(path) do
    case read(path) do
      {:ok, binary} -> binary
      {:error, reason} -> file_error(reason, "read file", path)
    end
  end

  @doc "Writes `content` (iodata) to `path`, replacing it, or adding to it with `[:append]`."
  @spec write(Path.t(), iodata, [atom | tuple]) :: :ok | {:error, posix}
  def write(path, content, modes \\ []) do
    :file.write_file(str(path), content, modes)
  end

  @doc "Like `write/3`, raising `File.Error` on failure."
  @spec write!(Path.t(), iodata, [atom | tuple]) :: :ok
  def write!(path, content, modes \\ []) do
    case write(path, content, modes) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "write to file", path)
    end
  end

  # ---------------------------------------------------------------------------
  # Questions

  @doc "Whether `path` exists (a file, a folder, or anything else)."
  @spec exists?(Path.t(), keyword) :: boolean
  def exists?(path, opts \\ []) do
    match?({:ok, _}, info(path, opts))
  end

  @doc "Whether `path` is a folder."
  @spec dir?(Path.t(), keyword) :: boolean
  def dir?(path, opts \\ []) do
    match?({:ok, {:file_info, _, :directory, _, _, _, _, _, _, _, _, _, _, _}}, info(path, opts))
  end

  @doc "Whether `path` is a regular file."
  @spec regular?(Path.t(), keyword) :: boolean
  def regular?(path, opts \\ []) do
    match?({:ok, {:file_info, _, :regular, _, _, _, _, _, _, _, _, _, _, _}}, info(path, opts))
  end

  # Elixir 1.14 follows symbolic links here whatever the options say.
  defp info(path, _opts), do: :file.read_file_info(str(path))

  # ---------------------------------------------------------------------------
  # Information

  @doc "Information about `path` as a `File.Stat` (`time:` `:universal` by default, or `:local`, `:posix`)."
  @spec stat(Path.t(), stat_options) :: {:ok, File.Stat.t()} | {:error, posix}
  def stat(path, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)

    case :file.read_file_info(str(path), opts) do
      {:ok, info} -> {:ok, File.Stat.from_record(info)}
      error -> error
    end
  end

  @doc "Like `stat/2`, raising `File.Error` on failure."
  @spec stat!(Path.t(), stat_options) :: File.Stat.t()
  def stat!(path, opts \\ []) do
    case stat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> file_error(reason, "read file stats", path)
    end
  end

  @doc "Like `stat/2`, describing a symbolic link itself rather than what it points to."
  @spec lstat(Path.t(), stat_options) :: {:ok, File.Stat.t()} | {:error, posix}
  def lstat(path, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)

    case :file.read_link_info(str(path), opts) do
      {:ok, info} -> {:ok, File.Stat.from_record(info)}
      error -> error
    end
  end

  @doc "Like `lstat/2`, raising `File.Error` on failure."
  @spec lstat!(Path.t(), stat_options) :: File.Stat.t()
  def lstat!(path, opts \\ []) do
    case lstat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> file_error(reason, "read file stats", path)
    end
  end

  @doc "Writes the times and mode of a `File.Stat` to `path`."
  @spec write_stat(Path.t(), File.Stat.t(), stat_options) :: :ok | {:error, posix}
  def write_stat(path, stat, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)
    :file.write_file_info(str(path), File.Stat.to_record(stat), opts)
  end

  @doc "Like `write_stat/3`, raising `File.Error` on failure."
  @spec write_stat!(Path.t(), File.Stat.t(), stat_options) :: :ok
  def write_stat!(path, stat, opts \\ []) do
    case write_stat(path, stat, opts) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "write file stats", path)
    end
  end

  @doc "Sets the access and modification times of `path` (creating it if missing)."
  @spec touch(Path.t(), integer | :calendar.datetime()) :: :ok | {:error, posix}
  def touch(path, time \\ System.os_time(:second)) do
    path = str(path)

    with {:error, :enoent} <- set_times(path, time),
         :ok <- :file.write_file(path, "", [:append]) do
      set_times(path, time)
    end
  end

  defp set_times(path, time) do
    record = {:file_info, :undefined, :undefined, :undefined, :undefined, time, :undefined, :undefined,
              :undefined, :undefined, :undefined, :undefined, :undefined, :undefined}

    :file.write_file_info(path, record, [{:time, :posix}])
  end

  @doc "Like `touch/2`, raising `File.Error` on failure."
  @spec touch!(Path.t(), integer | :calendar.datetime()) :: :ok
  def touch!(path, time \\ System.os_time(:second)) do
    case touch(path, time) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "touch", path)
    end
  end

  @doc "Sets the permission bits of `path`."
  @spec chmod(Path.t(), non_neg_integer) :: :ok | {:error, posix}
  def chmod(path, mode), do: :file.change_mode(str(path), mode)

  @doc "Like `chmod/2`, raising `File.Error` on failure."
  @spec chmod!(Path.t(), non_neg_integer) :: :ok
  def chmod!(path, mode) do
    case chmod(path, mode) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "change mode for", path)
    end
  end

  # ---------------------------------------------------------------------------
  # Folders

  @doc "Makes the folder `path` (its parent must exist)."
  @spec mkdir(Path.t()) :: :ok | {:error, posix}
  def mkdir(path), do: :file.make_dir(str(path))

  @doc "Like `mkdir/1`, raising `File.Error` on failure."
  @spec mkdir!(Path.t()) :: :ok
  def mkdir!(path) do
    case mkdir(path) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "make directory", path)
    end
  end

  @doc "Makes the folder `path` and any missing parents; `:ok` if it already exists."
  @spec mkdir_p(Path.t()) :: :ok | {:error, posix}
  def mkdir_p(path), do: do_mkdir_p(str(path))

  defp do_mkdir_p("/"), do: :ok
  defp do_mkdir_p(""), do: :ok

  defp do_mkdir_p(path) do
    if dir?(path) do
      :ok
    else
      parent = Path.dirname(path)

      if parent == path do
        :ok
      else
        _ = do_mkdir_p(parent)

        case :file.make_dir(path) do
          {:error, :eexist} = error -> if dir?(path), do: :ok, else: error
          other -> other
        end
      end
    end
  end

  @doc "Like `mkdir_p/1`, raising `File.Error` on failure."
  @spec mkdir_p!(Path.t()) :: :ok
  def mkdir_p!(path) do
    case mkdir_p(path) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "make directory (with -p)", path)
    end
  end

  @doc "The names in the folder `path`."
  @spec ls(Path.t()) :: {:ok, [binary]} | {:error, posix}
  def ls(path \\ ".") do
    case :file.list_dir(str(path)) do
      {:ok, names} -> {:ok, Enum.map(names, &IO.chardata_to_string/1)}
      error -> error
    end
  end

  @doc "Like `ls/1`, raising `File.Error` on failure."
  @spec ls!(Path.t()) :: [binary]
  def ls!(path \\ ".") do
    case ls(path) do
      {:ok, names} -> names
      {:error, reason} -> file_error(reason, "list directory", path)
    end
  end

  @doc "Removes the file `path` (not a folder: that is `{:error, :eperm}`)."
  @spec rm(Path.t()) :: :ok | {:error, posix}
  def rm(path), do: :file.delete(str(path))

  @doc "Like `rm/1`, raising `File.Error` on failure."
  @spec rm!(Path.t()) :: :ok
  def rm!(path) do
    case rm(path) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "remove file", path)
    end
  end

  @doc "Removes the empty folder `path`."
  @spec rmdir(Path.t()) :: :ok | {:error, posix}
  def rmdir(path), do: :file.del_dir(str(path))

  @doc "Like `rmdir/1`, raising `File.Error` on failure."
  @spec rmdir!(Path.t()) :: :ok | {:error, posix}
  def rmdir!(path) do
    case rmdir(path) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "remove directory", path)
    end
  end

  @doc """
  Removes `path` and everything under it. Returns `{:ok, removed}` (the
  paths removed; `[]` when nothing was there) or `{:error, reason, path}`.
  """
  @spec rm_rf(Path.t()) :: {:ok, [binary]} | {:error, posix, binary}
  def rm_rf(path) do
    path = str(path)

    case rm_tree(path) do
      {:ok, removed} -> {:ok, :lists.reverse(removed)}
      error -> error
    end
  end

  # Pre-order: a folder is listed before its contents; `removed` is kept newest first.
  defp rm_tree(path) do
    case :file.read_link_info(path) do
      {:ok, {:file_info, _, :directory, _, _, _, _, _, _, _, _, _, _, _}} ->
        with {:ok, names} <- ls(path),
             {:ok, removed} <- rm_entries(path, names, [path]),
             :ok <- :file.del_dir(path) do
          {:ok, removed}
        else
          {:error, reason} -> {:error, reason, path}
          {:error, _, _} = error -> error
        end

      {:ok, _} ->
        case :file.delete(path) do
          :ok -> {:ok, [path]}
          {:error, reason} -> {:error, reason, path}
        end

      {:error, :enoent} ->
        {:ok, []}

      {:error, reason} ->
        {:error, reason, path}
    end
  end

  defp rm_entries(_dir, [], removed), do: {:ok, removed}

  defp rm_entries(dir, [name | names], removed) do
    case rm_tree(Path.join(dir, name)) do
      {:ok, more} -> rm_entries(dir, names, more ++ removed)
      error -> error
    end
  end

  @doc "Like `rm_rf/1`, raising `File.Error` on failure."
  @spec rm_rf!(Path.t()) :: [binary]
  def rm_rf!(path) do
    case rm_rf(path) do
      {:ok, removed} ->
        removed

      {:error, reason, _} ->
        file_error(reason, "remove files and directories recursively from", path)
    end
  end

  # ---------------------------------------------------------------------------
  # Copying and renaming

  @doc """
  Copies the file `source` to `destination`. When the destination exists,
  `on_conflict.(source, destination)` decides whether to overwrite it.
  """
  @spec cp(Path.t(), Path.t(), keyword | (Path.t(), Path.t() -> boolean)) :: :ok | {:error, posix}
  def cp(source, destination, options \\ [])

  def cp(source, destination, on_conflict) when is_function(on_conflict, 2) do
    cp(source, destination, on_conflict: on_conflict)
  end

  def cp(source, destination, options) when is_list(options) do
    on_conflict = Keyword.get(options, :on_conflict, fn _, _ -> true end)
    {source, destination} = {str(source), str(destination)}

    if exists?(destination) and not on_conflict.(source, destination) do
      :ok
    else
      case :file.copy(source, destination) do
        {:ok, _} -> :ok
        error -> error
      end
    end
  end

  @doc "Like `cp/3`, raising `File.CopyError` on failure."
  @spec cp!(Path.t(), Path.t(), keyword | (Path.t(), Path.t() -> boolean)) :: :ok
  def cp!(source, destination, options \\ []) do
    case cp(source, destination, options) do
      :ok ->
        :ok

      {:error, reason} ->
        raise File.CopyError,
          reason: reason,
          action: "copy",
          source: str(source),
          destination: str(destination)
    end
  end

  @doc """
  Copies the contents of `source` to `destination` (created or truncated), at
  most `bytes_count` bytes: `{:ok, bytes_copied}` or `{:error, reason}`.
  """
  @spec copy(Path.t(), Path.t(), pos_integer | :infinity) :: {:ok, non_neg_integer} | {:error, posix}
  def copy(source, destination, bytes_count \\ :infinity),
    do: :file.copy(str(source), str(destination), bytes_count)

  @doc "Like `copy/3`, raising `File.CopyError` on failure."
  @spec copy!(Path.t(), Path.t(), pos_integer | :infinity) :: non_neg_integer
  def copy!(source, destination, bytes_count \\ :infinity) do
    case copy(source, destination, bytes_count) do
      {:ok, copied} ->
        copied

      {:error, reason} ->
        raise File.CopyError,
          reason: reason,
          action: "copy",
          source: str(source),
          destination: str(destination)
    end
  end

  @doc """
  Copies `source` (a file or a folder with everything under it) to
  `destination`. Returns `{:ok, copied}` (the destination paths) or
  `{:error, reason, path}`.
  """
  @spec cp_r(Path.t(), Path.t(), keyword | (Path.t(), Path.t() -> boolean)) ::
          {:ok, [binary]} | {:error, posix, binary}
  def cp_r(source, destination, options \\ [])

  def cp_r(source, destination, on_conflict) when is_function(on_conflict, 2) do
    cp_r(source, destination, on_conflict: on_conflict)
  end

  def cp_r(source, destination, options) when is_list(options) do
    on_conflict = Keyword.get(options, :on_conflict, fn _, _ -> true end)

    case copy_tree(str(source), str(destination), on_conflict, []) do
      {:ok, copied} -> {:ok, :lists.reverse(copied)}
      error -> error
    end
  end

  # Post-order: a folder is listed after its contents; `acc` is kept newest first.
  defp copy_tree(source, destination, on_conflict, acc) do
    case :file.read_link_info(source) do
      {:ok, {:file_info, _, :directory, _, _, _, _, _, _, _, _, _, _, _}} ->
        case :file.make_dir(destination) do
          result when result in [:ok, {:error, :eexist}] ->
            if result == {:error, :eexist} and not dir?(destination) do
              {:error, :eexist, destination}
            else
              case ls(source) do
                {:ok, names} -> copy_entries(source, destination, names, on_conflict, acc)
                {:error, reason} -> {:error, reason, source}
              end
            end

          {:error, reason} ->
            {:error, reason, destination}
        end

      {:ok, _} ->
        if exists?(destination) and not on_conflict.(source, destination) do
          {:ok, acc}
        else
          case :file.copy(source, destination) do
            {:ok, _} -> {:ok, [destination | acc]}
            {:error, reason} -> {:error, reason, source}
          end
        end

      {:error, reason} ->
        {:error, reason, source}
    end
  end

  defp copy_entries(_source, destination, [], _on_conflict, acc), do: {:ok, [destination | acc]}

  defp copy_entries(source, destination, [name | names], on_conflict, acc) do
    case copy_tree(Path.join(source, name), Path.join(destination, name), on_conflict, acc) do
      {:ok, acc} -> copy_entries(source, destination, names, on_conflict, acc)
      error -> error
    end
  end

  @doc "Like `cp_r/3`, raising `File.CopyError` on failure."
  @spec cp_r!(Path.t(), Path.t(), keyword | (Path.t(), Path.t() -> boolean)) :: [binary]
  def cp_r!(source, destination, options \\ []) do
    case cp_r(source, destination, options) do
      {:ok, copied} ->
        copied

      {:error, reason, file} ->
        raise File.CopyError,
          reason: reason,
          action: "copy recursively",
          on: file,
          source: str(source),
          destination: str(destination)
    end
  end

  @doc "Renames (moves) `source` to `destination`."
  @spec rename(Path.t(), Path.t()) :: :ok | {:error, posix}
  def rename(source, destination), do: :file.rename(str(source), str(destination))

  @doc "Like `rename/2`, raising `File.RenameError` on failure."
  @spec rename!(Path.t(), Path.t()) :: :ok
  def rename!(source, destination) do
    case rename(source, destination) do
      :ok ->
        :ok

      {:error, reason} ->
        raise File.RenameError,
          reason: reason,
          action: "rename",
          source: str(source),
          destination: str(destination)
    end
  end

  @doc "Makes a symbolic link `new` pointing to `existing`."
  @spec ln_s(Path.t(), Path.t()) :: :ok | {:error, posix}
  def ln_s(existing, new), do: :file.make_symlink(str(existing), str(new))

  @doc "Like `ln_s/2`, raising `File.LinkError` on failure."
  @spec ln_s!(Path.t(), Path.t()) :: :ok
  def ln_s!(existing, new) do
    case ln_s(existing, new) do
      :ok -> :ok
      {:error, reason} -> link_error(reason, "create symlink", existing, new)
    end
  end

  @doc "Makes a hard link `new` to `existing`."
  @spec ln(Path.t(), Path.t()) :: :ok | {:error, posix}
  def ln(existing, new), do: :file.make_link(str(existing), str(new))

  @doc "Like `ln/2`, raising `File.LinkError` on failure."
  @spec ln!(Path.t(), Path.t()) :: :ok
  def ln!(existing, new) do
    case ln(existing, new) do
      :ok -> :ok
      {:error, reason} -> link_error(reason, "create hard link", existing, new)
    end
  end

  defp link_error(reason, action, existing, new) do
    raise File.LinkError, reason: reason, action: action, existing: str(existing), new: str(new)
  end

  @doc "What the symbolic link `path` points to."
  @spec read_link(Path.t()) :: {:ok, binary} | {:error, posix}
  def read_link(path) do
    case :file.read_link(str(path)) do
      {:ok, target} -> {:ok, IO.chardata_to_string(target)}
      error -> error
    end
  end

  @doc "Like `read_link/1`, raising `File.Error` on failure."
  @spec read_link!(Path.t()) :: binary
  def read_link!(path) do
    case read_link(path) do
      {:ok, target} -> target
      {:error, reason} -> file_error(reason, "read link", path)
    end
  end

  # ---------------------------------------------------------------------------
  # The current folder

  @doc "The current working folder."
  @spec cwd() :: {:ok, binary} | {:error, posix}
  def cwd do
    case :file.get_cwd() do
      {:ok, dir} -> {:ok, IO.chardata_to_string(dir)}
      error -> error
    end
  end

  @doc "Like `cwd/0`, raising `File.Error` on failure."
  @spec cwd!() :: binary
  def cwd! do
    case cwd() do
      {:ok, dir} -> dir
      {:error, reason} -> raise File.Error, reason: reason, action: "get current working directory"
    end
  end

  @doc "Makes `path` the current working folder."
  @spec cd(Path.t()) :: :ok | {:error, posix}
  def cd(path), do: :file.set_cwd(str(path))

  @doc "Like `cd/1`, raising `File.Error` on failure."
  @spec cd!(Path.t()) :: :ok
  def cd!(path) do
    case cd(path) do
      :ok -> :ok
      {:error, reason} -> file_error(reason, "set current working directory to", path)
    end
  end

  @doc "Runs `function` with `path` as the current folder, then goes back."
  @spec cd!(Path.t(), (-> res)) :: res when res: var
  def cd!(path, function) do
    old = cwd!()
    cd!(path)

    try do
      function.()
    after
      cd!(old)
    end
  end

  # ---------------------------------------------------------------------------
  # Open files

  @doc """
  Opens `path` (modes `:read` by default; `:write`, `:append`, `:exclusive`,
  `:binary`, `:utf8`, ...). With a function, runs it with the device, closes
  the file and returns `{:ok, result}`.
  """
  @spec open(Path.t(), [atom | tuple] | (io_device -> res)) :: {:ok, io_device | res} | {:error, posix}
        when res: var
  def open(path, modes_or_function \\ [])

  def open(path, function) when is_function(function, 1), do: open(path, [], function)

  def open(path, modes) when is_list(modes), do: :file.open(str(path), normalize_modes(modes))

  @spec open(Path.t(), [atom | tuple], (io_device -> res)) :: {:ok, res} | {:error, posix} when res: var
  def open(path, modes, function) when is_list(modes) and is_function(function, 1) do
    case open(path, modes) do
      {:ok, device} ->
        try do
          {:ok, function.(device)}
        after
          :ok = close(device)
        end

      error ->
        error
    end
  end

  @doc "Like `open/2`, raising `File.Error` on failure."
  @spec open!(Path.t(), [atom | tuple] | (io_device -> res)) :: io_device | res when res: var
  def open!(path, modes_or_function \\ []) do
    case open(path, modes_or_function) do
      {:ok, result} -> result
      {:error, reason} -> file_error(reason, "open", path)
    end
  end

  @doc "Like `open/3`, raising `File.Error` on failure."
  @spec open!(Path.t(), [atom | tuple], (io_device -> res)) :: res when res: var
  def open!(path, modes, function) do
    case open(path, modes, function) do
      {:ok, result} -> result
      {:error, reason} -> file_error(reason, "open", path)
    end
  end

  @doc "Closes a device opened with `open/2`."
  @spec close(io_device) :: :ok | {:error, posix | :badarg | :terminated}
  def close(io_device), do: :file.close(io_device)

  defp normalize_modes(modes) do
    Enum.map(modes, fn
      :utf8 -> {:encoding, :utf8}
      :read_ahead -> {:read_ahead, 64 * 1024}
      other -> other
    end)
  end

  # ---------------------------------------------------------------------------
  # Streams

  @doc """
  A stream over the file at `path`: its lines (with their newlines) by
  default, or chunks of `line_or_bytes` bytes. It is also a `Collectable`:
  `Enum.into(enumerable, File.stream!(path))` writes each element.
  """
  @spec stream!(Path.t(), [atom | tuple] | :line | pos_integer, :line | pos_integer) :: File.Stream.t()
  def stream!(path, modes \\ [], line_or_bytes \\ :line)

  def stream!(path, line_or_bytes, :line) when is_integer(line_or_bytes) do
    stream!(path, [], line_or_bytes)
  end

  def stream!(path, modes, line_or_bytes) when is_list(modes) do
    modes = normalize_modes(modes -- [:binary]) ++ [:binary]
    File.Stream.__build__(str(path), modes, line_or_bytes)
  end
end

defmodule File.Stat do
  @moduledoc """
  Information about a file, as `File.stat/2` returns it. Times are
  `{{year, month, day}, {hour, minute, second}}` (or seconds since the
  epoch with `time: :posix`).
  """

  defstruct [
    :size,
    :type,
    :access,
    :atime,
    :mtime,
    :ctime,
    :mode,
    :links,
    :major_device,
    :minor_device,
    :inode,
    :uid,
    :gid
  ]

  @type t :: map

  @doc "A `File.Stat` from an Erlang `file_info` record."
  @spec from_record(tuple) :: t
  def from_record(
        {:file_info, size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid, gid}
      ) do
    %{
      __struct__: File.Stat,
      size: size,
      type: type,
      access: access,
      atime: atime,
      mtime: mtime,
      ctime: ctime,
      mode: mode,
      links: links,
      major_device: major,
      minor_device: minor,
      inode: inode,
      uid: uid,
      gid: gid
    }
  end

  @doc "The Erlang `file_info` record of a `File.Stat`."
  @spec to_record(t) :: tuple
  def to_record(%{__struct__: File.Stat} = s) do
    {:file_info, s.size, s.type, s.access, s.atime, s.mtime, s.ctime, s.mode, s.links,
     s.major_device, s.minor_device, s.inode, s.uid, s.gid}
  end
end

defmodule File.Stream do
  @moduledoc """
  The stream `File.stream!/3` returns: enumerating it reads the file (by
  lines or by chunks of bytes); collecting into it writes the file.
  """

  defstruct path: nil, modes: [], line_or_bytes: :line, raw: true

  @type t :: map

  @doc false
  def __build__(path, modes, line_or_bytes) do
    raw = :lists.keyfind(:encoding, 1, modes) == false

    modes =
      if raw do
        if :lists.keyfind(:read_ahead, 1, modes) == {:read_ahead, false} do
          [:raw | :lists.keydelete(:read_ahead, 1, modes)]
        else
          [:raw, :read_ahead | :lists.keydelete(:read_ahead, 1, modes)]
        end
      else
        modes
      end

    %{__struct__: File.Stream, path: path, modes: modes, line_or_bytes: line_or_bytes, raw: raw}
  end

  @doc false
  def __open__(%{path: path, modes: modes}, extra) do
    modes = for mode <- modes, mode not in [:raw, :read_ahead], do: mode

    case :file.open(path, extra ++ modes) do
      {:ok, device} -> device
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  @doc false
  def __next__(device, :line, _raw) do
    case :file.read_line(device) do
      {:ok, data} -> {[data], device}
      :eof -> {:halt, device}
      {:error, reason} -> raise IO.StreamError, reason: reason
    end
  end

  def __next__(device, count, true) do
    case :file.read(device, count) do
      {:ok, data} -> {[data], device}
      :eof -> {:halt, device}
      {:error, reason} -> raise IO.StreamError, reason: reason
    end
  end

  def __next__(device, count, false) do
    case :io.get_chars(device, '', count) do
      :eof -> {:halt, device}
      {:error, reason} -> raise IO.StreamError, reason: reason
      data -> {[data], device}
    end
  end
end

defimpl Enumerable, for: File.Stream do
  def reduce(%{line_or_bytes: line_or_bytes, raw: raw} = stream, acc, fun) do
    resource =
      Stream.resource(
        fn -> File.Stream.__open__(stream, [:read]) end,
        fn device -> File.Stream.__next__(device, line_or_bytes, raw) end,
        &:file.close/1
      )

    Enumerable.reduce(resource, acc, fun)
  end

  # As Elixir 1.14 counts: the newlines of the file when streaming lines (a last
  # line with no newline is not counted), from its size when streaming bytes.
  def count(%{line_or_bytes: :line, path: path}) do
    case File.read(path) do
      {:ok, data} -> {:ok, length(:binary.matches(data, "\n"))}
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def count(%{line_or_bytes: bytes, path: path}) do
    case File.stat(path) do
      {:ok, %{size: 0}} ->
        {:error, __MODULE__}

      {:ok, %{size: size}} ->
        {:ok, div(size, bytes) + if(rem(size, bytes) == 0, do: 0, else: 1)}

      {:error, reason} ->
        raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def member?(_stream, _term), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}
end

defimpl Collectable, for: File.Stream do
  def into(%{modes: modes} = stream) do
    extra = if :append in modes, do: [], else: [:write]
    device = File.Stream.__open__(%{stream | modes: modes -- [:read]}, extra)

    collector = fn
      :ok, {:cont, data} ->
        :ok = :file.write(device, data)
        :ok

      :ok, :done ->
        :file.close(device)
        stream

      :ok, :halt ->
        :file.close(device)
    end

    {:ok, collector}
  end
end
