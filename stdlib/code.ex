defmodule Code do
  @moduledoc """
  Compiling and evaluating code at run time, and reading the documentation
  of loaded modules. Evaluation and compilation are built into vial; this
  file adds `fetch_docs/1` and the code-path functions.
  """

  @doc """
  Returns the documentation of `module` in the shape Elixir stores it:
  `{:docs_v1, anno, :elixir, "text/markdown", moduledoc, metadata, docs}`,
  where each doc is `{{kind, name, arity}, anno, signature, doc, metadata}`.

  Unlike Elixir, vial keeps the docs of every module it has loaded, also
  of those defined in a script or in the shell. `{:error, :module_not_found}`
  when there is no such module, `{:error, :chunk_not_found}` for a module
  without docs (an Erlang module).
  """
  def fetch_docs(module) when is_atom(module) do
    case Code.ensure_loaded(module) do
      {:module, _} ->
        if String.starts_with?(Atom.to_string(module), "Elixir."),
          do: docs_of(module),
          else: {:error, :chunk_not_found}

      _ ->
        {:error, :module_not_found}
    end
  end

  def fetch_docs(path) when is_binary(path) do
    module = path |> Path.basename(".beam") |> String.to_atom()

    case fetch_docs(module) do
      {:error, :module_not_found} -> {:error, :enoent}
      found -> found
    end
  end

  defp docs_of(module) do
    raw =
      try do
        module.module_info(:vial_docs)
      rescue
        _ -> nil
      catch
        _, _ -> nil
      end

    case raw do
      {anno, moduledoc, meta, entries} ->
        docs = Enum.map(entries, &entry/1)
        {:docs_v1, anno, :elixir, "text/markdown", moduledoc, meta, docs}

      _ ->
        {:error, :chunk_not_found}
    end
  end

  defp entry({{kind, name, _arity} = key, anno, signature, doc, meta})
       when kind in [:function, :macro] do
    {key, anno, [signature_text(name, signature)], doc, meta}
  end

  defp entry({key, anno, _signature, doc, meta}), do: {key, anno, [], doc, meta}

  defp signature_text(_name, whole) when is_binary(whole), do: whole

  defp signature_text(name, params) do
    shown =
      Enum.map_join(params, ", ", fn
        {param, default} -> param <> " \\\\ " <> Macro.to_string(default)
        param -> param
      end)

    "#{name}(#{shown})"
  end

  @doc """
  Adds a folder to the code path. vial loads no `.beam` files: the folder is
  only remembered, for the tools that need a module's `.beam` file there
  (doctests read the docs of compiled modules only).
  """
  def prepend_path(path), do: remember_path(path)

  @doc "Adds a folder to the code path (see `prepend_path/1`)."
  def append_path(path), do: remember_path(path)

  defp remember_path(path) do
    paths = :persistent_term.get({Code, :vial_code_path}, [])
    :persistent_term.put({Code, :vial_code_path}, [to_string(path) | paths])
    true
  end
end
