defmodule ExUnit do
  @moduledoc """
  The test framework. `start/1` arranges for the test modules loaded by the
  script to run when it ends (through `System.at_exit/1`) and for the exit
  status to be 2 when a test failed. The state lives in the process
  dictionary of the script's process, which loads the modules and runs the
  at-exit functions.
  """

  @defaults [
    seed: nil,
    trace: false,
    exclude: [],
    include: [],
    max_failures: :infinity,
    autorun: true,
    colors: [enabled: false],
    timeout: 60_000,
    assert_receive_timeout: 100,
    refute_receive_timeout: 100
  ]

  @doc "Starts ExUnit: the loaded test modules run when the script ends."
  def start(options \\ []) do
    configure(options)

    if Process.get(:"$ex_unit_started") != true do
      Process.put(:"$ex_unit_started", true)

      System.at_exit(fn
        0 ->
          if Keyword.get(configuration(), :autorun, true) do
            Process.put(:"$ex_unit_autorun", true)
            %{failures: failures} = run()
            if failures > 0, do: System.halt(2)
          end

        _ ->
          :ok
      end)
    end

    :ok
  end

  @doc "Changes the options of the run (`seed:`, `trace:`, `exclude:`, ...)."
  def configure(options) do
    config = Keyword.merge(configuration(), options)
    Process.put(:"$ex_unit_config", config)
    :ok
  end

  @doc "The current options."
  def configuration do
    case Process.get(:"$ex_unit_config") do
      nil -> Keyword.put(@defaults, :seed, :rand.uniform(999_999))
      config -> config
    end
  end

  @doc "Runs the test modules loaded so far; returns the counts."
  def run do
    # Elixir runs them last loaded first when the seed is 0.
    modules = Process.get(:"$ex_unit_modules", [])
    Process.put(:"$ex_unit_modules", [])
    ExUnit.Runner.run(modules, configuration())
  end

  @doc "Runs the given modules."
  def run(modules) when is_list(modules) do
    ExUnit.Runner.run(Enum.map(modules, &{&1, &1.__ex_unit__().async}), configuration())
  end
end
