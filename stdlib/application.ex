defmodule Application do
  @moduledoc """
  Applications' environments, and what little of the application controller a
  script sees. An application's environment is a map of key to value kept in
  `:persistent_term` under `{Application, app}`, so every process reads the
  same one. The applications vial itself stands for (`:elixir`, `:logger`,
  `:kernel`, ...) count as loaded and started; no other can be started.
  """

  @type app :: atom
  @type key :: atom
  @type value :: term
  @type state :: term
  @type start_type :: :normal | {:takeover, node} | {:failover, node}
  @type restart_type :: :permanent | :transient | :temporary

  @callback start(start_type, start_args :: term) ::
              {:ok, pid} | {:ok, pid, state} | {:error, reason :: term}
  @callback prep_stop(state) :: state
  @callback stop(state) :: term
  @callback start_phase(phase :: term, start_type, phase_args :: term) ::
              :ok | {:error, reason :: term}
  @callback config_change(changed, new, removed) :: :ok
            when changed: keyword, new: keyword, removed: [atom]

  @optional_callbacks start_phase: 3, prep_stop: 1, config_change: 3

  @doc false
  defmacro __using__(_opts) do
    quote location: :keep do
      @behaviour Application

      @doc false
      def stop(_state), do: :ok

      defoverridable stop: 1
    end
  end

  # The applications that are running in any vial program, with their versions.
  @builtin [
    {:kernel, '8.5.3'},
    {:stdlib, '4.2'},
    {:compiler, '8.2.3'},
    {:elixir, '1.14.0'},
    {:logger, '1.14.0'}
  ]

  # What Elixir's own applications have in their environment at start.
  @builtin_env %{elixir: %{ansi_enabled: false}, logger: %{level: :debug}}

  ## The environment

  @doc "The value of `key` in `app`'s environment, or `default`."
  @spec get_env(app, key, value) :: value
  def get_env(app, key, default \\ nil) when is_atom(app) do
    Map.get(env(app), key, default)
  end

  @doc "`{:ok, value}` of `key` in `app`'s environment, or `:error`."
  @spec fetch_env(app, key) :: {:ok, value} | :error
  def fetch_env(app, key) when is_atom(app), do: Map.fetch(env(app), key)

  @doc "The value of `key` in `app`'s environment; raises ArgumentError when it is not set."
  @spec fetch_env!(app, key) :: value
  def fetch_env!(app, key) when is_atom(app) do
    case fetch_env(app, key) do
      {:ok, value} ->
        value

      :error ->
        why =
          if loaded?(app),
            do: "because configuration at #{inspect(key)} was not set",
            else: "because the application was not loaded nor configured"

        raise ArgumentError,
              "could not fetch application environment #{inspect(key)} for application " <>
                "#{inspect(app)} #{why}"
    end
  end

  @doc "Every `{key, value}` of `app`'s environment."
  @spec get_all_env(app) :: [{key, value}]
  def get_all_env(app) when is_atom(app), do: Map.to_list(env(app))

  @doc "Sets `key` to `value` in `app`'s environment."
  @spec put_env(app, key, value, keyword) :: :ok
  def put_env(app, key, value, opts \\ []) when is_atom(app) and is_list(opts) do
    store(app, Map.put(env(app), key, value))
  end

  @doc "Sets every key of every application given, as `[app: [key: value]]`."
  @spec put_all_env([{app, [{key, value}]}], keyword) :: :ok
  def put_all_env(config, opts \\ []) when is_list(config) and is_list(opts) do
    Enum.each(config, fn {app, pairs} when is_atom(app) ->
      store(app, Enum.into(pairs, env(app)))
    end)
  end

  @doc "Removes `key` from `app`'s environment."
  @spec delete_env(app, key, keyword) :: :ok
  def delete_env(app, key, opts \\ []) when is_atom(app) and is_list(opts) do
    store(app, Map.delete(env(app), key))
  end

  @doc "As `get_env/3` (there is no compile time apart from run time here)."
  defmacro compile_env(app, key_or_path, default \\ nil) do
    quote do: Application.__read_path__(unquote(app), unquote(key_or_path), unquote(default))
  end

  @doc "As `fetch_env!/2`, at compile time."
  defmacro compile_env!(app, key_or_path) do
    quote do: Application.__fetch_path__!(unquote(app), unquote(key_or_path))
  end

  @doc false
  def __read_path__(app, key, default) when is_atom(key), do: get_env(app, key, default)

  def __read_path__(app, [key | path], default) do
    case fetch_env(app, key) do
      {:ok, value} -> dig(value, path, default)
      :error -> default
    end
  end

  @doc false
  def __fetch_path__!(app, key) when is_atom(key), do: fetch_env!(app, key)

  def __fetch_path__!(app, [key | path]) do
    missing = make_ref()

    case dig(fetch_env!(app, key), path, missing) do
      ^missing ->
        raise ArgumentError,
              "could not fetch application environment #{inspect([key | path])} for application " <>
                "#{inspect(app)} because configuration at #{inspect([key | path])} was not set"

      value ->
        value
    end
  end

  defp dig(value, [], _default), do: value

  defp dig(value, [key | rest], default) do
    case Access.fetch(value, key) do
      {:ok, inner} -> dig(inner, rest, default)
      :error -> default
    end
  end

  defp env(app) do
    :persistent_term.get({Application, app}, Map.get(@builtin_env, app, %{}))
  end

  defp store(app, env) do
    :persistent_term.put({Application, app}, env)
    :ok
  end

  ## The application controller

  defp loaded?(app), do: List.keymember?(@builtin, app, 0)

  @doc "Starts `app` and the applications it needs: only the built-in ones exist."
  @spec ensure_all_started(app, restart_type) :: {:ok, [app]} | {:error, term}
  def ensure_all_started(app, type \\ :temporary) when is_atom(app) and is_atom(type) do
    if loaded?(app), do: {:ok, []}, else: {:error, {app, no_app_file(app)}}
  end

  @doc "Starts `app` unless it is running."
  @spec ensure_started(app, restart_type) :: :ok | {:error, term}
  def ensure_started(app, type \\ :temporary) when is_atom(app) and is_atom(type) do
    if loaded?(app), do: :ok, else: {:error, no_app_file(app)}
  end

  @doc "Starts `app`: the built-in ones are already started."
  @spec start(app, restart_type) :: :ok | {:error, term}
  def start(app, type \\ :temporary) when is_atom(app) and is_atom(type) do
    if loaded?(app), do: {:error, {:already_started, app}}, else: {:error, no_app_file(app)}
  end

  @doc "Loads `app`: the built-in ones are already loaded."
  @spec load(app) :: :ok | {:error, term}
  def load(app) when is_atom(app) do
    if loaded?(app), do: {:error, {:already_loaded, app}}, else: {:error, no_app_file(app)}
  end

  @doc "Stops `app`."
  @spec stop(app) :: :ok | {:error, term}
  def stop(app) when is_atom(app) do
    if loaded?(app), do: :ok, else: {:error, {:not_started, app}}
  end

  @doc "The running applications as `{app, description, version}`."
  @spec started_applications(timeout) :: [{app, charlist, charlist}]
  def started_applications(_timeout \\ 5000) do
    for {app, vsn} <- Enum.reverse(@builtin), do: {app, Atom.to_charlist(app), vsn}
  end

  @doc "The loaded applications as `{app, description, version}`."
  @spec loaded_applications() :: [{app, charlist, charlist}]
  def loaded_applications, do: started_applications()

  @doc "The specification of a loaded application, or `nil`."
  @spec spec(app) :: keyword | nil
  def spec(app) when is_atom(app) do
    case List.keyfind(@builtin, app, 0) do
      {^app, vsn} -> [description: Atom.to_charlist(app), vsn: vsn, applications: []]
      nil -> nil
    end
  end

  @doc "One key of an application's specification, or `nil`."
  @spec spec(app, atom) :: term | nil
  def spec(app, key) when is_atom(app) and is_atom(key) do
    case spec(app) do
      nil -> nil
      spec -> Keyword.get(spec, key)
    end
  end

  defp no_app_file(app), do: {'no such file or directory', Atom.to_charlist(app) ++ '.app'}
end
