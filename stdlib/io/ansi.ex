defmodule IO.ANSI do
  @moduledoc """
  ANSI escape sequences for terminals: a function per named sequence
  (colours, styles, cursor moves) and `format/2`, which turns a list of those
  names and text into iodata. `enabled?/0` reads `:elixir, :ansi_enabled`.
  """

  @type ansicode :: atom
  @type ansilist :: maybe_improper_list(char | ansicode | binary | ansilist, binary | ansicode | [])
  @type ansidata :: ansilist | ansicode | binary

  # name => SGR code, for the sequences written `\e[<code>m`.
  @styles [
    reset: 0,
    bright: 1,
    faint: 2,
    italic: 3,
    underline: 4,
    blink_slow: 5,
    blink_rapid: 6,
    inverse: 7,
    reverse: 7,
    conceal: 8,
    crossed_out: 9,
    primary_font: 10,
    font_1: 11,
    font_2: 12,
    font_3: 13,
    font_4: 14,
    font_5: 15,
    font_6: 16,
    font_7: 17,
    font_8: 18,
    font_9: 19,
    normal: 22,
    not_italic: 23,
    no_underline: 24,
    blink_off: 25,
    inverse_off: 27,
    reverse_off: 27,
    default_color: 39,
    default_background: 49,
    framed: 51,
    encircled: 52,
    overlined: 53,
    not_framed_encircled: 54,
    not_overlined: 55
  ]

  @colors [:black, :red, :green, :yellow, :blue, :magenta, :cyan, :white]

  @sgr @styles ++
         (for {name, i} <- Enum.with_index(@colors), reduce: [] do
            acc ->
              acc ++
                [
                  {name, 30 + i},
                  {:"#{name}_background", 40 + i},
                  {:"light_#{name}", 90 + i},
                  {:"light_#{name}_background", 100 + i}
                ]
          end)

  for {name, code} <- @sgr do
    @doc "The `#{name}` escape sequence."
    def unquote(name)(), do: unquote("\e[#{code}m")
    defp sequence(unquote(name)), do: unquote("\e[#{code}m")
  end

  defp sequence(:clear), do: clear()
  defp sequence(:clear_line), do: clear_line()
  defp sequence(:home), do: home()

  defp sequence(other),
    do: raise(ArgumentError, "invalid ANSI sequence specification: #{inspect(other)}")

  @doc "Clears the screen."
  def clear, do: "\e[2J"

  @doc "Clears the current line."
  def clear_line, do: "\e[2K"

  @doc "Moves the cursor to the top left corner."
  def home, do: "\e[H"

  @doc "Moves the cursor to `line` and `column`."
  def cursor(line, column) when is_integer(line) and line >= 0 and is_integer(column) and column >= 0,
    do: "\e[#{line};#{column}H"

  @doc "Moves the cursor up `lines` lines."
  def cursor_up(lines \\ 1) when is_integer(lines) and lines >= 0, do: "\e[#{lines}A"

  @doc "Moves the cursor down `lines` lines."
  def cursor_down(lines \\ 1) when is_integer(lines) and lines >= 0, do: "\e[#{lines}B"

  @doc "Moves the cursor right `columns` columns."
  def cursor_right(columns \\ 1) when is_integer(columns) and columns >= 0, do: "\e[#{columns}C"

  @doc "Moves the cursor left `columns` columns."
  def cursor_left(columns \\ 1) when is_integer(columns) and columns >= 0, do: "\e[#{columns}D"

  @doc "Foreground colour `code` of the 256-colour palette."
  def color(code) when is_integer(code) and code in 0..255, do: "\e[38;5;#{code}m"

  @doc "Foreground colour from red, green and blue levels, each 0..5."
  def color(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color(16 + 36 * r + 6 * g + b)

  @doc "Background colour `code` of the 256-colour palette."
  def color_background(code) when is_integer(code) and code in 0..255, do: "\e[48;5;#{code}m"

  @doc "Background colour from red, green and blue levels, each 0..5."
  def color_background(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5,
    do: color_background(16 + 36 * r + 6 * g + b)

  @doc "Whether ANSI sequences are emitted by default (`:elixir, :ansi_enabled`)."
  @spec enabled?() :: boolean
  def enabled?, do: Application.get_env(:elixir, :ansi_enabled, false)

  @doc "The colours `inspect` uses for each kind of term when colouring."
  def syntax_colors do
    [
      atom: :cyan,
      binary: :default_color,
      boolean: :magenta,
      charlist: :yellow,
      list: :default_color,
      map: :default_color,
      nil: :magenta,
      number: :yellow,
      string: :green,
      tuple: :default_color
    ]
  end

  @doc """
  `ansidata` as iodata, each sequence name replaced by its escape sequence
  (or dropped when `emit?` is false), followed by a reset when any was emitted.
  """
  @spec format(ansidata, boolean) :: IO.chardata()
  def format(ansidata, emit? \\ enabled?()) when is_boolean(emit?) do
    case walk(ansidata, [], emit?, false) do
      {acc, true} -> [acc | "\e[0m"]
      {acc, false} -> acc
    end
  end

  @doc "Like `format/2` without the final reset."
  @spec format_fragment(ansidata, boolean) :: IO.chardata()
  def format_fragment(ansidata, emit? \\ enabled?()) when is_boolean(emit?) do
    {acc, _} = walk(ansidata, [], emit?, false)
    acc
  end

  defp walk([], acc, _emit?, seen), do: {acc, seen}

  defp walk([head | tail], acc, emit?, seen) do
    {acc, seen} = walk(head, acc, emit?, seen)
    walk(tail, acc, emit?, seen)
  end

  defp walk(name, acc, true, _seen) when is_atom(name), do: {[acc | sequence(name)], true}
  defp walk(name, acc, false, seen) when is_atom(name), do: {acc, seen}
  defp walk(data, acc, _emit?, seen), do: {[acc, data], seen}
end
