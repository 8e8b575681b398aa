defmodule Inspect.Algebra do
  @moduledoc """
  A document algebra for pretty printing, as in Elixir 1.14.

  Documents are plain terms: binaries, `:doc_nil`, `:doc_line` and tagged
  tuples (`{:doc_cons, left, right}`, `{:doc_nest, doc, indent, mode}`, ...).
  They are built here and laid out by vial's one formatter, written in Rust,
  which `format/2` and `inspect/2` share.
  """

  @container_separator ","
  @tail_separator " |"

  defguard is_doc(doc)
           when is_binary(doc) or doc == :doc_nil or doc == :doc_line or
                  (is_tuple(doc) and
                     (elem(doc, 0) == :doc_break or elem(doc, 0) == :doc_collapse or
                        elem(doc, 0) == :doc_color or elem(doc, 0) == :doc_cons or
                        elem(doc, 0) == :doc_fits or elem(doc, 0) == :doc_force or
                        elem(doc, 0) == :doc_group or elem(doc, 0) == :doc_nest or
                        elem(doc, 0) == :doc_string or elem(doc, 0) == :doc_limit))

  def empty, do: :doc_nil

  def string(string) when is_binary(string) do
    {:doc_string, string, String.length(string)}
  end

  def concat(doc1, doc2), do: {:doc_cons, doc1, doc2}

  def concat(docs) when is_list(docs), do: fold_doc(docs, &concat(&1, &2))

  def nest(doc, level, mode \\ :always)
  def nest(doc, 0, _mode), do: doc

  def nest(doc, level, mode)
      when (is_integer(level) and level > 0) or level == :cursor or level == :reset do
    {:doc_nest, doc, level, mode}
  end

  def break(string \\ " ") when is_binary(string), do: {:doc_break, string, :strict}

  def flex_break(string \\ " ") when is_binary(string), do: {:doc_break, string, :flex}

  def glue(doc1, break_string \\ " ", doc2) when is_binary(break_string) do
    concat(doc1, concat(break(break_string), doc2))
  end

  def flex_glue(doc1, break_string \\ " ", doc2) when is_binary(break_string) do
    concat(doc1, concat(flex_break(break_string), doc2))
  end

  def space(doc1, doc2), do: concat(doc1, concat(" ", doc2))

  def line, do: :doc_line

  def line(doc1, doc2), do: concat(doc1, concat(:doc_line, doc2))

  def group(doc, mode \\ :self) when mode in [:self, :inherit], do: {:doc_group, doc, mode}

  def force_unfit(doc), do: {:doc_force, doc}

  def next_break_fits(doc, mode \\ :enabled) when mode in [:enabled, :disabled] do
    {:doc_fits, doc, mode}
  end

  def collapse_lines(max) when is_integer(max) and max > 0, do: {:doc_collapse, max}

  def no_limit(doc), do: {:doc_limit, doc, :infinity}

  def fold_doc(docs, folder_fun)
  def fold_doc([], _folder_fun), do: :doc_nil
  def fold_doc([doc], _folder_fun), do: doc

  def fold_doc([doc | docs], folder_fun) when is_function(folder_fun, 2) do
    folder_fun.(doc, fold_doc(docs, folder_fun))
  end

  def color(doc, color_key, %Inspect.Opts{syntax_colors: syntax_colors}) do
    case Keyword.get(syntax_colors, color_key) do
      nil ->
        doc

      precolor ->
        postcolor = Keyword.get(syntax_colors, :reset, :reset)
        concat({:doc_color, doc, precolor}, {:doc_color, :doc_nil, postcolor})
    end
  end

  def to_doc(term, %Inspect.Opts{} = opts), do: :vial.inspect_to_doc(term, opts)

  def format(doc, width) when is_integer(width) or width == :infinity do
    :vial.inspect_format(doc, width)
  end

  def container_doc(left, collection, right, inspect_opts, fun, opts \\ [])

  def container_doc(left, [], right, _inspect_opts, _fun, _opts), do: concat(left, right)

  def container_doc(left, collection, right, inspect_opts, fun, opts)
      when is_list(collection) and is_function(fun, 2) and is_list(opts) do
    break = Keyword.get(opts, :break, :maybe)
    separator = Keyword.get(opts, :separator, @container_separator)
    limit = inspect_opts.limit
    {docs, simple?} = each_element(collection, limit, inspect_opts, fun, [], break == :maybe)
    flex? = simple? or break == :flex
    docs = fold_doc(docs, &join(&1, &2, flex?, separator))

    if flex? do
      group(concat(concat(left, nest(docs, 1)), right))
    else
      group(glue(nest(glue(left, "", docs), 2), "", right))
    end
  end

  # Each element with the limit left after it; `...` where the limit runs out.
  defp each_element([], _limit, _opts, _fun, acc, simple?), do: {:lists.reverse(acc), simple?}

  defp each_element(_, 0, _opts, _fun, acc, simple?) do
    {:lists.reverse(["..." | acc]), simple?}
  end

  defp each_element([term | rest], limit, opts, fun, acc, simple?) when is_list(rest) do
    limit = decrement(limit)
    doc = fun.(term, %{opts | limit: limit})
    each_element(rest, limit, opts, fun, [doc | acc], simple? and simple?(doc))
  end

  defp each_element([head | tail], limit, opts, fun, acc, simple?) do
    limit = decrement(limit)
    head = fun.(head, %{opts | limit: limit})
    tail = fun.(tail, %{opts | limit: limit})
    simple? = simple? and simple?(head) and simple?(tail)
    doc = join(head, tail, simple?, @tail_separator)
    {:lists.reverse([doc | acc]), simple?}
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(counter), do: counter - 1

  defp join(:doc_nil, :doc_nil, _, _), do: :doc_nil
  defp join(left, :doc_nil, _, _), do: left
  defp join(:doc_nil, right, _, _), do: right
  defp join(left, right, true, sep), do: flex_glue(concat(left, sep), right)
  defp join(left, right, false, sep), do: glue(concat(left, sep), right)

  defp simple?({:doc_cons, left, right}), do: simple?(left) and simple?(right)
  defp simple?({:doc_color, doc, _}), do: simple?(doc)
  defp simple?({:doc_string, _, _}), do: true
  defp simple?(:doc_nil), do: true
  defp simple?(other), do: is_binary(other)

  @doc false
  def surround(left, doc, right) do
    group(concat(concat(left, nest(doc, 1)), right))
  end

  @doc false
  def surround_many(left, docs, right, %Inspect.Opts{} = inspect_opts, fun, separator \\ ",") do
    container_doc(left, docs, right, inspect_opts, fun, separator: separator)
  end
end
