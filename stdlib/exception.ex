defmodule Exception do
  @doc false
  # The default `exception/1` of `defexception`: a message string, or the
  # fields as a keyword list (or map).
  def __build__(struct, message) when is_binary(message) and is_map_key(struct, :message) do
    %{struct | message: message}
  end

  def __build__(struct, fields), do: Kernel.struct!(struct, fields)

  @doc false
  # `file:line:column: description`, then the offending line with a caret
  # under the column when the parser kept it.
  def format_syntax(%{file: file, line: line, column: column, description: description} = e) do
    head = format_file_line_column(file, line, column) <> " " <> description

    case Map.get(e, :snippet) do
      %{content: content, offset: offset} ->
        number = " " <> String.pad_leading(Integer.to_string(line), 2)
        gutter = String.duplicate(" ", byte_size(number) + 1) <> "|"

        head <>
          "\n" <> gutter <> "\n" <> number <> " | " <> content <>
          "\n" <> gutter <> String.duplicate(" ", offset + 1) <> "^"

      _ ->
        head
    end
  end

  @moduledoc """
  Functions for working with exceptions, and the behaviour they implement.

  An exception is a struct with `__exception__: true` defined with
  `defexception`; its module provides `exception/1` (build it from the
  arguments given to `raise`) and `message/1`. This module also turns Erlang
  error reasons into Elixir exceptions (`normalize/3`) and formats errors,
  exits and stacktraces the way they are printed.
  """

  @type t :: %{required(:__struct__) => module, required(:__exception__) => true, atom => any}
  @type kind :: :error | non_error_kind
  @type non_error_kind :: :exit | :throw | {:EXIT, pid}
  @type stacktrace :: [stacktrace_entry]
  @type stacktrace_entry ::
          {module, atom, arity_or_args, location}
          | {(... -> any), arity_or_args, location}
  @typep arity_or_args :: non_neg_integer | list
  @typep location :: keyword

  @callback exception(term) :: t
  @callback message(t) :: String.t()

  @doc "Returns `true` when `term` is an exception struct."
  @spec exception?(term) :: boolean
  def exception?(%{__struct__: struct, __exception__: true}) when is_atom(struct), do: true
  def exception?(_), do: false

  @doc "Returns the message of an exception."
  @spec message(t) :: String.t()
  def message(%module{__exception__: true} = exception) do
    result =
      try do
        {:ok, module.message(exception)}
      rescue
        caught ->
          {:failed,
           "got #{inspect(caught.__struct__)} with message " <>
             "#{inspect(message(caught))} while retrieving Exception.message/1 " <>
             "for #{inspect(exception)}"}
      end

    case result do
      {:ok, message} when is_binary(message) ->
        message

      {:ok, other} ->
        "got #{inspect(other)} while retrieving Exception.message/1 for #{inspect(exception)} " <>
          "(expected a string)"

      {:failed, message} ->
        message
    end
  end

  @doc """
  Turns an error reason into an exception. Exceptions are returned as they
  are; Erlang reasons of kind `:error` become the matching Elixir exception
  (`:badarg` into `ArgumentError`, `{:badmatch, term}` into `MatchError`, ...).
  Other kinds are returned unchanged.
  """
  @spec normalize(:error, any, stacktrace) :: t
  @spec normalize(non_error_kind, payload, stacktrace) :: payload when payload: var
  def normalize(kind, payload, stacktrace \\ [])
  def normalize(:error, %{__exception__: true} = exception, _stacktrace), do: exception
  def normalize(:error, reason, stacktrace), do: ErlangError.normalize(reason, stacktrace)
  def normalize(_kind, payload, _stacktrace), do: payload

  @doc """
  Attaches what the stacktrace knows to an error: the operation an
  `ArithmeticError` failed in, the arguments no clause of a function matched.
  Other kinds are returned unchanged.
  """
  @spec blame(kind, any, stacktrace) :: {any, stacktrace}
  def blame(:error, error, stacktrace) do
    case normalize(:error, error, stacktrace) do
      %{__struct__: ArithmeticError} = exception -> ArithmeticError.blame(exception, stacktrace)
      %{__struct__: FunctionClauseError} = exception -> FunctionClauseError.blame(exception, stacktrace)
      %{__struct__: UndefinedFunctionError} = exception -> UndefinedFunctionError.blame(exception, stacktrace)
      %{__struct__: KeyError} = exception -> KeyError.blame(exception, stacktrace)
      exception -> {exception, stacktrace}
    end
  end

  def blame(_kind, reason, stacktrace), do: {reason, stacktrace}

  @doc false
  # The banner the top level prints for an uncaught error. A FunctionClauseError
  # lists the arguments no clause matched, indented under the banner.
  def __uncaught_banner__(error, stacktrace) do
    case blame(:error, error, stacktrace) do
      {%{__struct__: FunctionClauseError, args: args} = blamed, stacktrace} when is_list(args) ->
        banner = format_banner(:error, %{blamed | args: nil}, stacktrace)
        banner <> String.replace("    " <> FunctionClauseError.blame_args(blamed), "\n", "\n    ")

      {blamed, stacktrace} ->
        format_banner(:error, blamed, stacktrace)
    end
  end

  @doc false
  def blame_mfa(_module, _function, _args), do: :error

  @doc "Normalizes and formats the first line of an error, exit or throw: `** (Kind) message`."
  @spec format_banner(kind, any, stacktrace) :: String.t()
  def format_banner(kind, exception, stacktrace \\ [])

  def format_banner(:error, exception, stacktrace) do
    exception = normalize(:error, exception, stacktrace)
    "** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(:throw, reason, _stacktrace), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _stacktrace), do: "** (exit) " <> format_exit(reason, "\n    ")

  def format_banner({:EXIT, pid}, reason, _stacktrace) do
    "** (EXIT from #{inspect(pid)}) " <> format_exit(reason, "\n    ")
  end

  @doc "Formats an error, exit or throw with its stacktrace, as an uncaught one is printed."
  @spec format(kind, any, stacktrace) :: String.t()
  def format(kind, payload, stacktrace \\ []) do
    banner = format_banner(kind, payload, stacktrace)

    case stacktrace do
      [] -> banner
      _ -> banner <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  @doc "Describes an exit reason in words."
  @spec format_exit(any) :: String.t()
  def format_exit(reason), do: format_exit(reason, "\n    ")

  # 2-tuples of a reason and a call are the exits of GenServer.call and friends.
  defp format_exit({reason, {module, function, args}}, joiner)
       when is_atom(module) and is_atom(function) and is_list(args) do
    "exited in: " <>
      format_mfa(module, function, args) <>
      joiner <> "** (EXIT) " <> format_exit(reason, joiner <> "    ")
  end

  defp format_exit(:normal, _joiner), do: "normal"
  defp format_exit(:shutdown, _joiner), do: "shutdown"
  defp format_exit({:shutdown, reason}, _joiner), do: "shutdown: #{inspect(reason)}"
  defp format_exit(:calling_self, _joiner), do: "process attempted to call itself"
  defp format_exit(:timeout, _joiner), do: "time out"
  defp format_exit(:killed, _joiner), do: "killed"
  defp format_exit(:noconnection, _joiner), do: "no connection"

  defp format_exit(:noproc, _joiner) do
    "no process: the process is not alive or there's no process currently associated " <>
      "with the given name, possibly because its application isn't started"
  end

  defp format_exit({:nodedown, node_name}, _joiner) when is_atom(node_name) do
    "no connection to #{node_name}"
  end

  defp format_exit({:already_started, pid}, _joiner), do: "already started: #{inspect(pid)}"

  defp format_exit({:bad_return_value, value}, _joiner) do
    "bad return value: #{inspect(value)}"
  end

  defp format_exit({exception, [_ | _] = stacktrace} = reason, joiner) do
    if stacktrace?(stacktrace) do
      banner = format_banner(:error, exception, stacktrace)

      "an exception was raised:" <> joiner <> banner <> format_exit_stacktrace(stacktrace, joiner <> "    ")
    else
      inspect(reason)
    end
  end

  defp format_exit(reason, _joiner), do: inspect(reason)

  defp format_exit_stacktrace([], _joiner), do: ""

  defp format_exit_stacktrace([entry | rest], joiner) do
    joiner <> format_stacktrace_entry(entry) <> format_exit_stacktrace(rest, joiner)
  end

  defp stacktrace?([]), do: true
  defp stacktrace?([{_module, _function, arity_or_args, location} | rest])
       when (is_integer(arity_or_args) or is_list(arity_or_args)) and is_list(location),
       do: stacktrace?(rest)

  defp stacktrace?([{_fun, arity_or_args, location} | rest])
       when (is_integer(arity_or_args) or is_list(arity_or_args)) and is_list(location),
       do: stacktrace?(rest)

  defp stacktrace?(_), do: false

  @doc "Formats a stacktrace, one indented entry per line."
  @spec format_stacktrace(stacktrace | nil) :: String.t()
  def format_stacktrace(trace \\ nil)
  def format_stacktrace(nil), do: ""
  def format_stacktrace([]), do: ""

  def format_stacktrace(trace) do
    :erlang.iolist_to_binary(format_entries(trace))
  end

  defp format_entries([]), do: []
  defp format_entries([entry | rest]), do: ["    ", format_stacktrace_entry(entry), "\n" | format_entries(rest)]

  @doc "Formats one stacktrace entry: `file:line: Module.function/arity`."
  @spec format_stacktrace_entry(stacktrace_entry) :: String.t()
  def format_stacktrace_entry({module, :__MODULE__, 0, location}) do
    format_location(location) <> inspect(module) <> " (module)"
  end

  def format_stacktrace_entry({_module, :__MODULE__, 1, location}) do
    format_location(location) <> "(module)"
  end

  def format_stacktrace_entry({_module, :__FILE__, 1, location}) do
    format_location(location) <> "(file)"
  end

  def format_stacktrace_entry({module, function, arity_or_args, location}) do
    format_application(module, location) <> format_location(location) <>
      format_mfa(module, function, arity_or_args)
  end

  def format_stacktrace_entry({fun, arity_or_args, location}) do
    format_location(location) <> format_fa(fun, arity_or_args)
  end

  defp format_location(location) when is_list(location) do
    file = keyword_get(location, :file)
    line = keyword_get(location, :line)

    if file do
      format_file_line(library_path(to_text(file)), line, " ")
    else
      ""
    end
  end

  # vial's own library files stand where Elixir's sources are, under
  # `lib/elixir/lib/`; a frame of one names it as Elixir names its library's
  # frames: `(elixir 1.14.0) lib/map.ex:...`.
  defp library_path("lib/elixir/lib/" <> rest), do: "lib/" <> rest
  defp library_path(file), do: file

  defp format_application(module, location) when is_list(location) do
    case keyword_get(location, :file) do
      nil ->
        # (a frame with its arguments, of a function of Elixir's or OTP's own)
        cond do
          elixir_module?(module) -> "(" <> application_name(inspect(module)) <> " 1.14.0) "
          String.starts_with?(Atom.to_string(module), "Elixir.") -> ""
          true -> erlang_application(module)
        end

      file ->
        case to_text(file) do
          "lib/elixir/lib/" <> _ -> "(" <> application_name(inspect(module)) <> " 1.14.0) "
          text -> if String.ends_with?(text, ".erl"), do: erlang_application(module), else: ""
        end
    end
  end

  defp format_application(_module, _location), do: ""

  defp elixir_module?(module) do
    String.starts_with?(Atom.to_string(module), "Elixir.") and
      match?('lib/elixir/lib/' ++ _, module.module_info(:compile)[:source])
  rescue
    _ -> false
  catch
    _, _ -> false
  end

  # OTP's modules, as their application names them (vial compiles no Erlang
  # source, so a frame of one stands for OTP's own).
  @kernel [:code, :file, :application, :os, :inet, :gen_tcp, :gen_udp, :global, :rpc,
           :error_logger, :error_handler, :logger, :net_kernel, :group, :user_drv]
  @no_application [:erlang, :erts_internal, :init, :prim_file, :erl_prim_loader]

  defp erlang_application(module) when module in @no_application, do: ""
  defp erlang_application(module) when module in @kernel, do: "(kernel 8.5.3) "

  defp erlang_application(module) do
    if String.starts_with?(Atom.to_string(module), "Elixir."), do: "", else: "(stdlib 4.2) "
  end

  defp application_name("ExUnit" <> _), do: "ex_unit"
  defp application_name("Logger" <> _), do: "logger"
  defp application_name("IEx" <> _), do: "iex"
  defp application_name("Mix" <> _), do: "mix"
  defp application_name(_), do: "elixir"


  defp keyword_get(list, key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> nil
    end
  end

  defp to_text(text) when is_binary(text), do: text
  defp to_text(text) when is_list(text), do: List.to_string(text)

  @doc """
  Formats a module, function and arity (or argument list) as
  `Module.function/arity`, naming anonymous functions by where they are defined.
  """
  @spec format_mfa(module, atom, arity_or_args) :: String.t()
  def format_mfa(module, function, arity) when is_atom(module) and is_atom(function) do
    case anonymous_parent(function) do
      {:ok, parent, parent_arity} ->
        "anonymous fn#{format_arity(arity)} in #{inspect(module)}.#{format_name(parent)}/#{parent_arity}"

      :error ->
        "#{inspect(module)}.#{format_name(function)}#{format_arity(arity)}"
    end
  end

  @doc "Formats an anonymous function and its arity (or argument list)."
  @spec format_fa(fun, arity_or_args) :: String.t()
  def format_fa(fun, arity) when is_function(fun) do
    "#{inspect(fun)}#{format_arity(arity)}"
  end

  defp format_arity(arity) when is_list(arity) do
    "(" <> join_inspected(arity) <> ")"
  end

  defp format_arity(arity) when is_integer(arity), do: "/" <> :erlang.integer_to_binary(arity)

  defp join_inspected([]), do: ""
  defp join_inspected([last]), do: inspect(last)
  defp join_inspected([head | rest]), do: inspect(head) <> ", " <> join_inspected(rest)

  # Compiled anonymous functions are named "-parent/arity-fun-N-" (or
  # "-parent/arity-inlined-N-").
  defp anonymous_parent(function) do
    name = :erlang.atom_to_binary(function, :utf8)

    with <<"-", rest::binary>> <- name,
         [parent, kind_and_rest] <- split_last_slash(rest),
         {arity, <<"-", suffix::binary>>} <- Integer.parse(kind_and_rest),
         true <- anonymous_suffix?(suffix) do
      {:ok, :erlang.binary_to_atom(parent, :utf8), arity}
    else
      _ -> :error
    end
  end

  defp anonymous_suffix?(<<"fun-", _::binary>>), do: true
  defp anonymous_suffix?(<<"inlined-", _::binary>>), do: true
  defp anonymous_suffix?(_), do: false

  # Splits "name/1-fun-0-" at the slash before the arity.
  defp split_last_slash(text) do
    case :binary.matches(text, "/") do
      [] ->
        :error

      matches ->
        {position, _} = :lists.last(matches)
        <<parent::binary-size(position), "/", rest::binary>> = text
        [parent, rest]
    end
  end

  # How a function name is written after `Module.`: bare when it is an
  # identifier or an operator, quoted otherwise.
  defp format_name(function) do
    name = :erlang.atom_to_binary(function, :utf8)

    if plain_name?(name) or operator?(function) do
      name
    else
      inspect(name)
    end
  end

  defp plain_name?(<<first, rest::binary>>) when (first >= ?a and first <= ?z) or first == ?_ do
    plain_rest?(rest)
  end

  defp plain_name?(_), do: false

  defp plain_rest?(<<>>), do: true
  defp plain_rest?(<<last>>) when last == ?? or last == ?!, do: true

  defp plain_rest?(<<char, rest::binary>>)
       when (char >= ?a and char <= ?z) or (char >= ?A and char <= ?Z) or (char >= ?0 and char <= ?9) or
              char == ?_,
       do: plain_rest?(rest)

  defp plain_rest?(_), do: false

  @operators [:+, :-, :*, :/, :++, :--, :.., :<>, :==, :!=, :===, :!==, :<, :>, :<=, :>=, :&&, :||,
              :!, :and, :or, :not, :in, :=~, :|>, :<<<, :>>>, :&&&, :|||, :^^^, :~~~, :<~, :~>,
              :<~>, :<|>, :"<<~", :"~>>", :+++, :---, :"::", :\\, :@, :&, :^, :=, :|, :"//", :**]

  defp operator?(function), do: :lists.member(function, @operators)

  @doc "Formats a file and line as `file:line:`, followed by `suffix` when there is a line."
  @spec format_file_line(String.t() | nil, non_neg_integer | nil, String.t()) :: String.t()
  def format_file_line(file, line, suffix \\ "")
  def format_file_line(nil, _line, _suffix), do: ""
  def format_file_line(file, nil, suffix), do: file <> ":" <> suffix
  def format_file_line(file, 0, suffix), do: file <> ":" <> suffix
  def format_file_line(file, line, suffix), do: file <> ":#{line}:" <> suffix

  @doc "Formats a file, line and column as `file:line:column:`, followed by `suffix`."
  @spec format_file_line_column(String.t() | nil, non_neg_integer | nil, non_neg_integer | nil, String.t()) ::
          String.t()
  def format_file_line_column(file, line, column, suffix \\ "")
  def format_file_line_column(nil, _line, _column, _suffix), do: ""
  def format_file_line_column(file, nil, _column, suffix), do: file <> ":" <> suffix
  def format_file_line_column(file, 0, _column, suffix), do: file <> ":" <> suffix
  def format_file_line_column(file, line, nil, suffix), do: file <> ":#{line}:" <> suffix
  def format_file_line_column(file, line, 0, suffix), do: file <> ":#{line}:" <> suffix
  def format_file_line_column(file, line, column, suffix), do: file <> ":#{line}:#{column}:" <> suffix
end

# -----------------------------------------------------------------------------
# The built-in exceptions

defmodule RuntimeError do
  @moduledoc "Raised by `raise/1` with a string, and for generic run-time errors."
  defexception message: "runtime error"
end

defmodule ArgumentError do
  @moduledoc "Raised when a function gets an argument of the wrong type or value."
  defexception message: "argument error"
end

defmodule ArithmeticError do
  @moduledoc "Raised by an arithmetic operation on something that is not a number, or a division by zero."
  defexception message: "bad argument in arithmetic expression"

  @operators [:+, :-, :*, :/]
  @bitwise [:band, :bor, :bxor, :bsl, :bsr, :bnot]

  @doc false
  # The failed operation, as the top frame of the stacktrace names it.
  def blame(%{message: message} = exception, [{:erlang, function, args, _} | _] = stacktrace)
      when is_list(args) do
    case describe(function, args) do
      nil -> {exception, stacktrace}
      call -> {%{exception | message: message <> ": " <> call}, stacktrace}
    end
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}

  defp describe(op, [a, b]) when op in @operators, do: "#{inspect(a)} #{op} #{inspect(b)}"
  defp describe(op, [a]) when op in [:+, :-], do: "#{op}(#{inspect(a)})"
  defp describe(function, args) when function in [:div, :rem], do: call("", function, args)
  defp describe(function, args) when function in @bitwise, do: call("Bitwise.", function, args)
  defp describe(_function, _args), do: nil

  defp call(prefix, function, args) do
    prefix <> Atom.to_string(function) <> "(" <> Enum.map_join(args, ", ", &inspect/1) <> ")"
  end
end

defmodule SystemLimitError do
  @moduledoc "Raised when a limit of the runtime (atoms, processes, sizes) is exceeded."
  defexception message: "a system limit has been reached"
end

defmodule Enum.EmptyError do
  @moduledoc "Raised when a function needs at least one element and the enumerable is empty."
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  @moduledoc "Raised when an index is outside an enumerable."
  defexception message: "out of bounds error"
end

defmodule MatchError do
  @moduledoc "Raised when the right side of `=` does not match the pattern."
  defexception [:term]

  @impl true
  def message(exception), do: "no match of right hand side value: #{inspect(exception.term)}"
end

defmodule CaseClauseError do
  @moduledoc "Raised when no clause of a `case` matches."
  defexception [:term]

  @impl true
  def message(exception), do: "no case clause matching: #{inspect(exception.term)}"
end

defmodule WithClauseError do
  @moduledoc "Raised when no `else` clause of a `with` matches."
  defexception [:term]

  @impl true
  def message(exception), do: "no with clause matching: #{inspect(exception.term)}"
end

defmodule TryClauseError do
  @moduledoc "Raised when no `else` clause of a `try` matches."
  defexception [:term]

  @impl true
  def message(exception), do: "no try clause matching: #{inspect(exception.term)}"
end

defmodule CondClauseError do
  @moduledoc "Raised when no condition of a `cond` is truthy."
  defexception []

  @impl true
  def message(_exception), do: "no cond clause evaluated to a truthy value"
end

defmodule BadMapError do
  @moduledoc "Raised when a map is expected and something else is given."
  defexception [:term]

  @impl true
  def message(exception), do: "expected a map, got: #{inspect(exception.term)}"
end

defmodule BadBooleanError do
  @moduledoc "Raised when `and`/`or` get a non-boolean on their left side."
  defexception [:term, :operator]

  @impl true
  def message(exception) do
    "expected a boolean on left-side of \"#{exception.operator}\", got: #{inspect(exception.term)}"
  end
end

defmodule BadStructError do
  @moduledoc "Raised when a struct of a given module is expected and something else is given."
  defexception [:struct, :term]

  @impl true
  def message(exception) do
    "expected a struct named #{inspect(exception.struct)}, got: #{inspect(exception.term)}"
  end
end

defmodule BadFunctionError do
  @moduledoc "Raised when something that is not a function is called as one."
  defexception [:term]

  @impl true
  def message(exception), do: "expected a function, got: #{inspect(exception.term)}"
end

defmodule BadArityError do
  @moduledoc "Raised when a function is called with the wrong number of arguments."
  defexception [:function, :args]

  @impl true
  def message(exception) do
    fun = exception.function
    args = exception.args
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    "#{inspect(fun)} with arity #{arity} called with #{count_arguments(args)}"
  end

  defp count_arguments([]), do: "no arguments"
  defp count_arguments([arg]), do: "1 argument (#{inspect(arg)})"

  defp count_arguments(args) do
    "#{length(args)} arguments (#{join(args)})"
  end

  defp join([last]), do: inspect(last)
  defp join([head | rest]), do: inspect(head) <> ", " <> join(rest)
end

defmodule UndefinedFunctionError do
  @moduledoc "Raised when a called function does not exist (or its module cannot be loaded)."
  defexception [:module, :function, :arity, :reason, :message]

  @impl true
  def message(%{message: nil} = exception) do
    describe(exception.reason, exception.module, exception.function, exception.arity)
  end

  def message(%{message: message}), do: message

  defp describe(_reason, _module, function, arity) when is_nil(function) or is_nil(arity) do
    "undefined function"
  end

  defp describe(nil, module, function, arity) do
    if module != nil and not :erlang.module_loaded(module) do
      describe(:"module could not be loaded", module, function, arity)
    else
      describe(:"function not exported", module, function, arity)
    end
  end

  defp describe(:"module could not be loaded", module, function, arity) do
    "function " <>
      Exception.format_mfa(module, function, arity) <>
      " is undefined (module #{inspect(module)} is not available)"
  end

  defp describe(:"function not exported", module, function, arity) do
    "function " <> Exception.format_mfa(module, function, arity) <> " is undefined or private"
  end

  defp describe(reason, module, function, arity) do
    "function " <> Exception.format_mfa(module, function, arity) <> " is undefined (#{reason})"
  end

  @doc false
  # What the top level adds to the message: the macro that needs a `require`,
  # or the functions of the module with a name like the one called.
  def blame(%{message: nil, reason: reason, module: module, function: function, arity: arity} = exception, stacktrace)
      when reason in [nil, :"function not exported"] and is_atom(module) and module != nil and
             is_atom(function) and is_integer(arity) do
    message = message(exception)

    hint =
      if :erlang.module_loaded(module) or Code.ensure_loaded?(module) do
        hint(module, function, arity)
      else
        ""
      end

    {%{exception | message: message <> hint}, stacktrace}
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}

  @max_suggestions 5

  defp hint(module, function, arity) do
    if macro_exported?(module, function, arity) do
      ". However there is a macro with the same name and arity. Be sure to require " <>
        inspect(module) <> " if you intend to invoke this macro"
    else
      did_you_mean(function, exports(module))
    end
  end

  defp exports(module) do
    # An Erlang module vial writes in Elixir (`defmodule :lists`) has built-ins
    # besides: its module_info/1 lists them all.
    elixir? = match?("Elixir." <> _, Atom.to_string(module))

    if elixir? and function_exported?(module, :__info__, 1) do
      module.__info__(:macros) ++ module.__info__(:functions)
    else
      try do
        module.module_info(:exports)
      rescue
        _ -> []
      end
    end
  end

  defp did_you_mean(function, exports) do
    same_name = for {name, arity} <- exports, name == function, do: {1.0, name, arity}

    candidates =
      case same_name do
        [] ->
          wanted = Atom.to_string(function)

          for {name, arity} <- exports,
              distance = String.jaro_distance(wanted, Atom.to_string(name)),
              distance >= 0.77,
              do: {distance, name, arity}

        found ->
          found
      end

    suggestions =
      candidates
      |> Enum.uniq()
      |> Enum.sort(&(elem(&1, 0) >= elem(&2, 0)))
      |> Enum.take(@max_suggestions)
      |> Enum.sort(&({elem(&1, 1), elem(&1, 2)} <= {elem(&2, 1), elem(&2, 2)}))

    case suggestions do
      [] ->
        ""

      _ ->
        lines =
          for {_, name, arity} <- suggestions do
            "      * " <> Macro.inspect_atom(:remote_call, name) <> "/" <> Integer.to_string(arity) <> "\n"
          end

        IO.iodata_to_binary([". Did you mean:\n\n" | lines])
    end
  end
end

defmodule FunctionClauseError do
  @moduledoc "Raised when no clause of a function matches its arguments."
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  @impl true
  def message(exception) do
    case exception do
      %{function: nil} ->
        "no function clause matches"

      %{module: module, function: function, arity: arity} ->
        "no function clause matching in #{Exception.format_mfa(module, function, arity)}" <>
          blame_args(exception)
    end
  end

  @doc false
  # The arguments of the failed call, taken from the top frame of the stacktrace.
  def blame(%{module: module, function: function, arity: arity} = exception, stacktrace) do
    case stacktrace do
      [{^module, ^function, args, location} | rest] when length(args) == arity ->
        # The shell marks only what does not match, as iex does without colours.
        mark = Process.get(:"$vial_blame_mark", "+")
        exception = %{exception | args: args, clauses: blame_clauses(module, function, args, mark)}
        {exception, [{module, function, arity, location} | rest]}

      _ ->
        {exception, stacktrace}
    end
  end

  @doc false
  def blame_args(%{args: args} = exception) when is_list(args) do
    %{module: module, function: function, arity: arity} = exception

    listed =
      args
      |> Enum.with_index(1)
      |> Enum.map(fn {arg, i} ->
        ["\n    # ", Integer.to_string(i), "\n    ", String.replace(inspect(arg), "\n", "\n    "), "\n"]
      end)

    IO.iodata_to_binary([
      "\n\nThe following arguments were given to ",
      Exception.format_mfa(module, function, arity),
      ":\n",
      listed | attempted(exception)
    ])
  end

  def blame_args(_exception), do: ""

  defp attempted(%{clauses: {shown, total}}) when shown != [] do
    [
      "\nAttempted function clauses (showing #{length(shown)} out of #{total}):\n\n"
      | Enum.map(shown, &["    ", &1, "\n"])
    ]
  end

  defp attempted(_exception), do: []

  # The clauses of a stdlib function (their heads, from a table made from
  # Elixir's debug info), each argument marked `+pattern+` where it matches
  # and `-pattern-` where not, and each part of the guard likewise: at most
  # ten, with how many there are.
  # ExUnit marks only what does not match (`mark` is then "").
  @doc false
  def blame_clauses(module, function, args, mark \\ "+") do
    case :vial_clause_heads.heads(module, function, length(args)) do
      nil ->
        nil

      heads ->
        shown = heads |> Enum.take(10) |> Enum.map(&blame_clause(&1, args, mark))
        {shown, length(heads)}
    end
  rescue
    _ -> nil
  end

  defp blame_clause("defp " <> head, args, mark) do
    head |> blame_clause(args, mark) |> String.replace_prefix("def", "defp")
  end

  defp blame_clause(head, args, mark) do
    {call, guard} =
      case Code.string_to_quoted!(head) do
        {:when, _, [call, guard]} -> {call, guard}
        call -> {call, nil}
      end

    {name, _, patterns} = call

    {marked, binding} =
      patterns
      |> Enum.zip(args)
      |> Enum.map_reduce([], fn {pattern, arg}, binding ->
        case match_binding(pattern, arg) do
          {:ok, vars} -> {mark <> Macro.to_string(pattern) <> mark, binding ++ vars}
          :error -> {"-" <> Macro.to_string(pattern) <> "-", binding}
        end
      end)

    text = "def #{name}(#{Enum.join(marked, ", ")})"
    if guard, do: text <> " when " <> blame_guard(guard, binding, mark), else: text
  end

  # The argument is bound rather than escaped into the code: a function
  # cannot be escaped.
  defp match_binding(pattern, arg) do
    quoted = {:=, [], [pattern, {:vial_blamed_arg, [], nil}]}
    {_, binding} = Code.eval_quoted(quoted, vial_blamed_arg: arg)
    {:ok, Keyword.delete(binding, :vial_blamed_arg)}
  rescue
    _ -> :error
  end

  defp blame_guard({op, _, [left, right]}, binding, plus) when op in [:and, :or] do
    blame_guard(left, binding, plus) <> " #{op} " <> blame_guard(right, binding, plus)
  end

  defp blame_guard(guard, binding, plus) do
    passed =
      try do
        {value, _} = Code.eval_quoted(guard, binding)
        value == true
      rescue
        _ -> false
      end

    mark = if passed, do: plus, else: "-"
    mark <> Macro.to_string(guard) <> mark
  end
end

defmodule KeyError do
  @moduledoc "Raised when a key is not found in a map or keyword list."
  defexception [:key, :term, :message]

  @impl true
  def message(%{message: nil, key: key, term: nil}), do: "key #{inspect(key)} not found"

  def message(%{message: nil, key: key, term: term}) when is_map(term) or is_list(term) do
    "key #{inspect(key)} not found in: #{inspect(term)}"
  end

  def message(%{message: nil, key: key, term: term}) do
    "key #{inspect(key)} not found in: #{inspect(term)}. If you are using the dot syntax, " <>
      "such as map.field, make sure the left-hand side of the dot is a map"
  end

  def message(%{message: message}), do: message

  # Uncaught, the message suggests the keys that are spelled alike (as the
  # top level blames an error before printing it).
  @impl true
  def blame(%{message: nil, key: key, term: term} = exception, stacktrace)
      when is_atom(key) and (is_map(term) or is_list(term)) do
    if atom_keys_only?(term) do
      hint = did_you_mean(key, available_keys(term))
      {%{exception | message: message(exception) <> hint}, stacktrace}
    else
      {exception, stacktrace}
    end
  end

  def blame(exception, stacktrace), do: {exception, stacktrace}

  defp atom_keys_only?(term) when is_map(term), do: Enum.all?(Map.keys(term), &is_atom/1)
  defp atom_keys_only?(term), do: Keyword.keyword?(term)

  defp available_keys(term) when is_map(term), do: Map.keys(term)
  defp available_keys(term), do: Keyword.keys(term)

  defp did_you_mean(key, keys) do
    text = Atom.to_string(key)

    suggestions =
      for k <- keys,
          distance = String.jaro_distance(text, Atom.to_string(k)),
          distance >= 0.77,
          do: {distance, k}

    case suggestions do
      [] ->
        ""

      _ ->
        lines =
          suggestions
          |> Enum.sort(&(elem(&1, 0) >= elem(&2, 0)))
          |> Enum.take(5)
          |> Enum.sort(&(elem(&1, 1) <= elem(&2, 1)))
          |> Enum.map(fn {_, k} -> ["      * ", inspect(k), ?\n] end)

        IO.iodata_to_binary([". Did you mean:\n\n" | lines])
    end
  end
end

defmodule UnicodeConversionError do
  @moduledoc "Raised when characters cannot be converted between encodings."
  defexception [:encoded, :message]

  @impl true
  def exception(options) do
    encoded = Keyword.fetch!(options, :encoded)
    rest = Keyword.fetch!(options, :rest)
    kind = Keyword.fetch!(options, :kind)
    %{
      __struct__: UnicodeConversionError,
      __exception__: true,
      encoded: encoded,
      message: "#{describe(kind)} #{detail(rest)}"
    }
  end

  defp describe(:invalid), do: "invalid"
  defp describe(:incomplete), do: "incomplete"

  defp detail(rest) when is_binary(rest), do: "encoding starting at #{inspect(rest)}"
  defp detail([head | _]) when is_integer(head), do: "code point #{head}"
  defp detail([head | _]), do: detail(head)
end

defmodule Protocol.UndefinedError do
  @moduledoc "Raised when a protocol is called with data it has no implementation for."
  defexception [:protocol, :value, description: ""]

  @impl true
  def message(%{protocol: protocol, value: value, description: description}) do
    "protocol #{inspect(protocol)} not implemented for #{inspect(value)} of type " <>
      value_type(value) <> describe(description)
  end

  defp describe(""), do: ""
  defp describe(description), do: ", " <> description

  defp value_type(%{__struct__: struct}), do: "#{inspect(struct)} (a struct)"
  defp value_type(value) when is_atom(value), do: "Atom"
  defp value_type(value) when is_bitstring(value), do: "BitString"
  defp value_type(value) when is_float(value), do: "Float"
  defp value_type(value) when is_function(value), do: "Function"
  defp value_type(value) when is_integer(value), do: "Integer"
  defp value_type(value) when is_list(value), do: "List"
  defp value_type(value) when is_map(value), do: "Map"
  defp value_type(value) when is_pid(value), do: "PID"
  defp value_type(value) when is_port(value), do: "Port"
  defp value_type(value) when is_reference(value), do: "Reference"
  defp value_type(value) when is_tuple(value), do: "Tuple"
end

defmodule ErlangError do
  @moduledoc "Wraps an Erlang error reason that has no matching Elixir exception."
  defexception [:original, :reason]

  @impl true
  def message(%{original: original, reason: nil}), do: "Erlang error: #{inspect(original)}"
  def message(%{original: original, reason: reason}), do: "Erlang error: #{inspect(original)}" <> reason

  @doc false
  def normalize(:badarg, stacktrace) do
    case error_info(:badarg, stacktrace) do
      nil -> ArgumentError.exception([])
      details -> ArgumentError.exception(message: "errors were found at the given arguments:\n\n" <> details)
    end
  end

  def normalize(:badarith, _stacktrace), do: ArithmeticError.exception([])
  def normalize(:system_limit, _stacktrace), do: SystemLimitError.exception([])
  def normalize(:cond_clause, _stacktrace), do: CondClauseError.exception([])
  def normalize({:badarity, {fun, args}}, _stacktrace), do: BadArityError.exception(function: fun, args: args)
  def normalize({:badfun, term}, _stacktrace), do: BadFunctionError.exception(term: term)
  def normalize({:badstruct, struct, term}, _stacktrace), do: BadStructError.exception(struct: struct, term: term)
  def normalize({:badmatch, term}, _stacktrace), do: MatchError.exception(term: term)
  def normalize({:badmap, term}, _stacktrace), do: BadMapError.exception(term: term)
  def normalize({:badbool, operator, term}, _stacktrace), do: BadBooleanError.exception(term: term, operator: operator)
  def normalize({:badkey, key}, [{module, function, args, _} | _])
      when (module == :maps or {module, function} == {:erlang, :map_get}) and is_list(args) do
    case List.last(args) do
      %{} = map -> KeyError.exception(key: key, term: map)
      _ -> KeyError.exception(key: key)
    end
  end

  def normalize({:badkey, key}, _stacktrace), do: KeyError.exception(key: key)
  def normalize({:badkey, key, map}, _stacktrace), do: KeyError.exception(key: key, term: map)
  def normalize({:case_clause, term}, _stacktrace), do: CaseClauseError.exception(term: term)
  def normalize({:with_clause, term}, _stacktrace), do: WithClauseError.exception(term: term)
  def normalize({:try_clause, term}, _stacktrace), do: TryClauseError.exception(term: term)
  def normalize({:badarg, payload}, _stacktrace), do: ArgumentError.exception(message: "argument error: #{inspect(payload)}")

  def normalize(:undef, stacktrace) do
    {module, function, arity} = top_mfa(stacktrace)
    UndefinedFunctionError.exception(module: module, function: function, arity: arity)
  end

  def normalize(:function_clause, stacktrace) do
    {module, function, arity} = top_mfa(stacktrace)
    FunctionClauseError.exception(module: module, function: function, arity: arity)
  end

  def normalize(other, stacktrace) do
    case error_info(other, stacktrace) do
      nil -> ErlangError.exception(original: other)
      details -> ErlangError.exception(original: other, reason: "\n\n" <> details)
    end
  end

  defp top_mfa([{module, function, args, _location} | _]) when is_list(args), do: {module, function, length(args)}
  defp top_mfa([{module, function, arity, _location} | _]), do: {module, function, arity}
  defp top_mfa(_), do: {nil, nil, nil}

  # Built-ins may describe which arguments were wrong through `error_info`
  # in the location of the top frame: the module named there formats them.
  defp error_info(reason, [{module, _function, args_or_arity, location} | _] = stacktrace)
       when is_list(location) do
    arity = if is_list(args_or_arity), do: length(args_or_arity), else: args_or_arity

    with {:error_info, %{} = info} <- :lists.keyfind(:error_info, 1, location),
         formatter = Map.get(info, :module, module),
         function = Map.get(info, :function, :format_error),
         %{} = errors <- format_error_info(formatter, function, reason, stacktrace),
         [_ | _] = lines <- describe_arguments(errors, 1, arity) do
      :erlang.iolist_to_binary(lines)
    else
      _ -> nil
    end
  end

  defp error_info(_reason, _stacktrace), do: nil

  defp format_error_info(formatter, function, reason, stacktrace) do
    try do
      apply(formatter, function, [reason, stacktrace])
    rescue
      _ -> nil
    end
  end

  defp describe_arguments(_errors, position, count) when position > count, do: []

  defp describe_arguments(errors, position, count) do
    case errors do
      %{^position => message} ->
        ["  * ", ordinal(position), " argument: ", message, "\n" | describe_arguments(errors, position + 1, count)]

      _ ->
        describe_arguments(errors, position + 1, count)
    end
  end

  defp ordinal(1), do: "1st"
  defp ordinal(2), do: "2nd"
  defp ordinal(3), do: "3rd"
  defp ordinal(n), do: "#{n}th"
end

defmodule File.Error do
  @moduledoc "Raised by the `File` functions ending in `!` when the operation fails."
  defexception [:reason, :path, action: ""]

  @impl true
  def message(%{action: action, reason: reason, path: path}) do
    "could not #{action} #{inspect(path)}: #{describe(action, reason)}"
  end

  # rmdir reports a folder that still holds files as :eexist, which Elixir words specially.
  defp describe("remove directory", :eexist), do: "directory is not empty"
  defp describe(_action, reason), do: File.Error.format_reason(reason)

  @posix %{
    eacces: "permission denied",
    eagain: "resource temporarily unavailable",
    ebadf: "bad file number",
    ebusy: "file busy",
    edquot: "disk quota exceeded",
    eexist: "file already exists",
    efault: "bad address in system call argument",
    efbig: "file too large",
    eintr: "interrupted system call",
    einval: "invalid argument",
    eio: "I/O error",
    eisdir: "illegal operation on a directory",
    eloop: "too many levels of symbolic links",
    emfile: "too many open files",
    emlink: "too many links",
    enametoolong: "file name too long",
    enfile: "file table overflow",
    enodev: "no such device",
    enoent: "no such file or directory",
    enomem: "not enough memory",
    enospc: "no space left on device",
    enotblk: "block device required",
    enotdir: "not a directory",
    enotempty: "directory not empty",
    enotsup: "operation not supported",
    enxio: "no such device or address",
    eperm: "not owner",
    epipe: "broken pipe",
    erofs: "read-only file system",
    espipe: "invalid seek",
    esrch: "no such process",
    estale: "stale remote file handle",
    exdev: "cross-domain link",
    badarg: "bad argument",
    terminated: "the file server process is terminated",
    system_limit: "a system limit was hit, probably not enough ports"
  }

  @doc false
  def format_reason(reason) do
    case @posix do
      %{^reason => text} -> text
      _ -> "unknown POSIX error"
    end
  end
end

defmodule File.CopyError do
  @moduledoc "Raised by `File.cp!/3` and friends when copying fails."
  defexception [:reason, :source, :destination, on: "", action: ""]

  @impl true
  def message(exception) do
    formatted = File.Error.format_reason(exception.reason)
    location = if exception.on == "", do: "", else: ". #{exception.on}"

    "could not #{exception.action} from #{inspect(exception.source)} to " <>
      "#{inspect(exception.destination)}#{location}: #{formatted}"
  end
end

defmodule File.RenameError do
  @moduledoc "Raised by `File.rename!/2` when renaming fails."
  defexception [:reason, :source, :destination, on: "", action: ""]

  @impl true
  def message(exception) do
    formatted = File.Error.format_reason(exception.reason)
    location = if exception.on == "", do: "", else: ". #{exception.on}"

    "could not #{exception.action} from #{inspect(exception.source)} to " <>
      "#{inspect(exception.destination)}#{location}: #{formatted}"
  end
end

defmodule File.LinkError do
  @moduledoc "Raised by `File.ln!/2` and `File.ln_s!/2` when linking fails."
  defexception [:reason, :existing, :new, action: ""]

  @impl true
  def message(exception) do
    formatted = File.Error.format_reason(exception.reason)

    "could not #{exception.action} from #{inspect(exception.existing)} to " <>
      "#{inspect(exception.new)}: #{formatted}"
  end
end

defmodule System.EnvError do
  @moduledoc "Raised by `System.fetch_env!/1` when the variable is not set."
  defexception [:env]

  @impl true
  def message(%{env: env}) do
    "could not fetch environment variable #{inspect(env)} because it is not set"
  end
end

defmodule CompileError do
  @moduledoc "Raised when code cannot be compiled."
  defexception [:file, :line, description: "compile error"]

  @impl true
  def message(%{file: file, line: line, description: description}) do
    Exception.format_file_line(file, line) <> " " <> description
  end
end

defmodule SyntaxError do
  @moduledoc "Raised when source code cannot be parsed."
  defexception [:file, :line, :column, :snippet, description: "syntax error"]

  @impl true
  def message(exception), do: Exception.format_syntax(exception)
end

defmodule TokenMissingError do
  @moduledoc "Raised when source code ends before a terminator (such as `end`) is found."
  defexception [:file, :line, :snippet, :column, description: "expression is incomplete"]

  @impl true
  def message(exception), do: Exception.format_syntax(exception)
end
