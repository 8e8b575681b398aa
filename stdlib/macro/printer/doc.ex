defmodule Macro.Printer.Doc do
  @moduledoc false
  # A small document algebra for `Macro.to_string/1`: the printer builds a
  # document out of these constructors and `render/2` lays it out within a
  # width, deciding group by group whether it fits on the current line.
  #
  # Documents:
  #   :empty | binary | {:str, binary, length} | {:cat, doc, doc}
  #   {:nest, doc, indent | :cursor | :reset, :always | :break}
  #   {:brk, binary, :strict | :flex} | :line | {:grp, doc, :self | :inherit}
  #   {:force, doc} | {:fits, doc, :enabled | :disabled} | {:collapse, max}
  #   {:unlimited, doc}

  def empty, do: :empty

  def string(s), do: {:str, s, String.length(s)}

  def concat(a, b), do: {:cat, a, b}

  def nest(doc, 0), do: doc
  def nest(doc, indent), do: {:nest, doc, indent, :always}
  def nest(doc, 0, _mode), do: doc
  def nest(doc, indent, mode), do: {:nest, doc, indent, mode}

  def break(s \\ " "), do: {:brk, s, :strict}
  def flex_break(s \\ " "), do: {:brk, s, :flex}

  def line, do: :line
  def line(a, b), do: {:cat, a, {:cat, :line, b}}

  def glue(a, b), do: {:cat, a, {:cat, {:brk, " ", :strict}, b}}
  def glue(a, s, b), do: {:cat, a, {:cat, {:brk, s, :strict}, b}}
  def flex_glue(a, b), do: {:cat, a, {:cat, {:brk, " ", :flex}, b}}

  def group(doc, mode \\ :self), do: {:grp, doc, mode}

  def force_unfit(doc), do: {:force, doc}
  def next_break_fits(doc, mode \\ :enabled), do: {:fits, doc, mode}
  def collapse_lines(max), do: {:collapse, max}
  def no_limit(doc), do: {:unlimited, doc}

  @doc "Lays `doc` out within `width` columns, as one binary."
  def render(doc, width) do
    IO.iodata_to_binary(lay(width, 0, [{0, :flat, doc}]))
  end

  # The stack holds {indent, mode, doc}; modes are :flat or :break.
  defp lay(_w, _k, []), do: []

  defp lay(w, k, [{i, m, doc} | rest]) do
    case doc do
      :empty ->
        lay(w, k, rest)

      s when is_binary(s) ->
        [s | lay(w, k + byte_size(s), rest)]

      {:str, s, len} ->
        [s | lay(w, k + len, rest)]

      :line ->
        [newline(i) | lay(w, i, rest)]

      {:cat, a, b} ->
        lay(w, k, [{i, m, a}, {i, m, b} | rest])

      {:force, x} ->
        lay(w, k, [{i, m, x} | rest])

      {:fits, x, _} ->
        lay(w, k, [{i, m, x} | rest])

      {:collapse, max} ->
        squeeze(lay(w, i, rest), max, 0, i)

      {:brk, s, :flex} ->
        k2 = k + byte_size(s)

        if w == :infinity or m == :flat or fits?(w, k2, true, rest) do
          [s | lay(w, k2, rest)]
        else
          [newline(i) | lay(w, i, rest)]
        end

      {:brk, s, :strict} ->
        if m == :break,
          do: [newline(i) | lay(w, i, rest)],
          else: [s | lay(w, k + byte_size(s), rest)]

      {:nest, x, j, when_} ->
        if when_ == :always or m == :break do
          lay(w, k, [{indent_of(i, k, j), m, x} | rest])
        else
          lay(w, k, [{i, m, x} | rest])
        end

      {:grp, x, :inherit} when m == :break ->
        lay(w, k, [{i, :break, x} | rest])

      {:grp, x, _} ->
        if w == :infinity or fits?(w, k, false, [{i, :flat, x}]) do
          lay(w, k, [{i, :flat, x} | rest])
        else
          lay(w, k, [{i, :break, x} | rest])
        end

      {:unlimited, x} ->
        if w == :infinity do
          lay(w, k, [{i, m, x} | rest])
        else
          lay(:infinity, k, [{i, :flat, x}, {i, m, {:width, w}} | rest])
        end

      {:width, w2} ->
        lay(w2, k, rest)
    end
  end

  # Whether the entries fit in the rest of the line. A document without
  # any break always "fits" (it has no other choice); `seen?` says whether a
  # break was passed, after which running past the width means no fit.
  # `{:rest, seen?, tail}` marks the entries that follow a fitted group.
  defp fits?(w, k, true, _) when w != :infinity and k > w, do: false
  defp fits?(_w, _k, _seen?, []), do: true
  defp fits?(w, k, _seen?, {:rest, seen?, t}), do: fits?(w, k, seen?, t)

  defp fits?(w, k, seen?, [{i, m, doc} | t]) do
    case {m, doc} do
      {_, {:fits, x, :disabled}} -> fits?(w, k, seen?, [{i, :flat_only, x} | t])
      {:flat_only, {:fits, x, _}} -> fits?(w, k, seen?, [{i, :flat_only, x} | t])
      {_, {:fits, x, :enabled}} -> fits?(w, k, seen?, [{i, :break_only, x} | t])
      {:break_only, {:force, x}} -> fits?(w, k, seen?, [{i, :break_only, x} | t])
      {:break_only, {:brk, _, _}} -> true
      {:break_only, :line} -> true
      {:break, {:brk, _, _}} -> true
      {:break, :line} -> true
      {:break, {:grp, x, _}} -> fits?(w, k, seen?, [{i, :flat, x} | {:rest, seen?, t}])
      {_, :line} -> fits?(w, i, false, t)
      {_, :empty} -> fits?(w, k, seen?, t)
      {_, {:collapse, _}} -> fits?(w, i, seen?, t)
      {_, {:str, _, len}} -> fits?(w, k + len, seen?, t)
      {_, s} when is_binary(s) -> fits?(w, k + byte_size(s), seen?, t)
      {_, {:force, _}} -> false
      {_, {:brk, s, _}} -> fits?(w, k + byte_size(s), true, t)
      {_, {:nest, x, _, :break}} -> fits?(w, k, seen?, [{i, m, x} | t])
      {_, {:nest, x, j, _}} -> fits?(w, k, seen?, [{indent_of(i, k, j), m, x} | t])
      {_, {:cat, a, b}} -> fits?(w, k, seen?, [{i, m, a}, {i, m, b} | t])
      {_, {:grp, x, _}} -> fits?(w, k, seen?, [{i, m, x} | {:rest, seen?, t}])
      {_, {:unlimited, x}} when w != :infinity ->
        fits?(:infinity, k, seen?, [{i, :flat, x}, {i, m, {:width, w}} | t])
      {_, {:unlimited, x}} -> fits?(w, k, seen?, [{i, m, x} | t])
      {_, {:width, w2}} -> fits?(w2, k, seen?, t)
    end
  end

  # Runs of line breaks after a collapse point become at most `max`.
  defp squeeze(["\n" <> _ | t], max, count, i), do: squeeze(t, max, count + 1, i)
  defp squeeze(["" | t], max, count, i), do: squeeze(t, max, count, i)

  defp squeeze(t, max, count, i) do
    [String.duplicate("\n", min(max, count)) <> String.duplicate(" ", i) | t]
  end

  defp indent_of(_i, k, :cursor), do: k
  defp indent_of(_i, _k, :reset), do: 0
  defp indent_of(i, _k, j), do: i + j

  defp newline(0), do: "\n"
  defp newline(i), do: "\n" <> String.duplicate(" ", i)
end
