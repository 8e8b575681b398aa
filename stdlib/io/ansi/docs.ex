defmodule IO.ANSI.Docs do
  @moduledoc false
  # Lays out documentation as iex shows it: a centred title, metadata, then
  # the Markdown text wrapped to the width. With `enabled: true` (stdout is a
  # terminal) titles, headings, code and emphasis get iex's colours and the
  # markup characters go; without, the text keeps its markup. IEx.Introspection
  # calls it for `h/1`.

  @spaces [" ", "\n", "\t"]
  @bullet_chars [?*, ?-, ?+]
  # What may stand right before an opening `*`/`_` or right after a closing one.
  @word_edges ~c" '\"!@#$%^&-+()[]{}<>."

  @doc "The colours and width used when none are given."
  def default_options do
    [
      enabled: true,
      doc_bold: [:bright],
      doc_code: [:cyan],
      doc_headings: [:yellow],
      doc_metadata: [:yellow],
      doc_quote: [:light_black],
      doc_inline_code: [:cyan],
      doc_table_heading: [:reverse],
      doc_title: [:reverse, :yellow],
      doc_underline: [:underline],
      width: 80
    ]
  end

  @doc "Prints the titles (signatures or the module name), centred."
  def print_headings(headings, options \\ []) do
    o = Keyword.merge(default_options(), options)
    end_block(o)
    width = o[:width]

    for heading <- headings do
      centred = String.pad_leading(heading, div(width + String.length(heading), 2))
      centred = if o[:enabled], do: String.pad_trailing(centred, width), else: centred
      styled(:doc_title, centred, o)
    end

    end_block(o)
  end

  @doc "Prints the `deprecated`, `guard`, `since` and `delegate_to` metadata."
  def print_metadata(metadata, options \\ []) when is_map(metadata) do
    o = Keyword.merge(default_options(), options)

    printed =
      Enum.reduce(metadata, false, fn {key, value}, printed ->
        label = color(:doc_metadata, o) <> "#{key}:" <> reset(o)

        cond do
          key in [:deprecated, :guard, :since] and is_binary(value) ->
            pad = String.duplicate(" ", visible_length(label) + 1)
            IO.puts(wrap([label | String.split(value, @spaces)], o[:width], pad, true))
            true

          key in [:deprecated, :guard, :since] and is_boolean(value) ->
            IO.puts("#{label} #{value}")
            true

          key == :delegate_to ->
            {m, f, a} = value
            IO.puts("#{label} #{Exception.format_mfa(m, f, a)}")
            true

          true ->
            printed
        end
      end)

    if printed, do: IO.write("\n")
    :ok
  end

  @doc "Prints a documentation text of the given format."
  def print(doc, format, options \\ [])

  def print(doc, "text/markdown", options) when is_binary(doc) do
    o = Keyword.merge(default_options(), options)

    doc
    |> String.split(["\r\n", "\n"])
    |> Enum.map(&String.trim_trailing/1)
    |> blocks([], "", o)

    :ok
  end

  def print(_doc, format, _options) do
    IO.puts("\nUnknown documentation format #{inspect(format)}\n")
  end

  ## Blocks. `para` gathers the lines of the paragraph being read, last first;
  ## a `:first` at its bottom means its first line carries a list bullet and
  ## its own indentation.

  defp blocks([], para, indent, o), do: paragraph(para, indent, o)

  defp blocks([line | rest] = lines, para, indent, o) do
    cond do
      heading?(line) ->
        paragraph(para, indent, o)
        styled(:doc_headings, line, o)
        end_block(o)
        blocks(rest, [], "", o)

      String.starts_with?(line, ">") ->
        paragraph(para, indent, o)
        {quoted, rest} = Enum.split_while(lines, &String.starts_with?(&1, ">"))
        quotation(quoted, [], indent, o)
        blocks(rest, [], indent, o)

      line == "" ->
        paragraph(para, indent, o)
        blocks(rest, [], indent, o)

      String.starts_with?(line, "    ") ->
        paragraph(para, indent, o)
        indented_code(lines, [], indent, o)

      fence = fence(line) ->
        paragraph(para, indent, o)
        {code, rest} = Enum.split_while(rest, &(&1 != fence))
        code(code, indent, o)
        blocks(Enum.drop(rest, 1), [], indent, o)

      true ->
        stripped = String.trim_leading(line, " ")
        depth = byte_size(line) - byte_size(stripped)

        case list_marker(stripped) do
          nil when rest != [] ->
            if table_line?(stripped) and table_line?(hd(rest)) do
              paragraph(para, indent, o)
              {rows, rest} = Enum.split_while(lines, &table_line?/1)
              table(rows, o)
              end_block(o)
              blocks(rest, [], indent, o)
            else
              blocks(rest, [stripped | para], indent, o)
            end

          nil ->
            blocks(rest, [stripped | para], indent, o)

          {marker, item} ->
            paragraph(para, indent, o)
            list_item(marker, item, rest, depth, indent, o)
        end
    end
  end

  defp heading?(line), do: Regex.match?(~r/^\#{1,6} /, line)

  # A quotation: its lines without the `>`; a line of a lone `>` followed by
  # more quoted lines separates its paragraphs.
  defp quotation([], lines, indent, o), do: quoted(lines, indent, false, o)

  defp quotation([">", ">" <> _ = next | rest], lines, indent, o) when lines != [] do
    quoted(lines, indent, true, o)
    IO.puts(quote_prefix(o))
    quotation([next | rest], [], indent, o)
  end

  defp quotation([">" <> line | rest], lines, indent, o),
    do: quotation(rest, [String.trim(line) | lines], indent, o)

  defp quoted(lines, indent, first, o),
    do: text(Enum.reverse(lines), indent, first, quote_prefix(o), o)

  defp quote_prefix(o), do: color(:doc_quote, o) <> "> " <> reset(o)

  defp fence("```" <> _), do: "```"
  defp fence("~~~" <> _), do: "~~~"
  defp fence(_), do: nil

  # Indented code runs on over a blank line only when more indented code follows.
  defp indented_code(["    " <> line | rest], code, indent, o),
    do: indented_code(rest, [line | code], indent, o)

  defp indented_code(["", "    " <> line | rest], code, indent, o),
    do: indented_code(rest, [line, "" | code], indent, o)

  defp indented_code(rest, code, indent, o) do
    code(Enum.reverse(code), indent, o)
    blocks(rest, [], indent, o)
  end

  defp code(lines, indent, o) do
    styled(:doc_code, indent <> "    " <> Enum.join(lines, "\n" <> indent <> "    "), o)
    end_block(o)
  end

  defp list_marker(<<c, ?\s, item::binary>>) when c in @bullet_chars,
    do: {:bullet, item}

  defp list_marker(<<d, ?., ?\s, item::binary>>) when d in ?0..?9,
    do: {<<d, ?., ?\s>>, item}

  defp list_marker(<<d1, d2, ?., ?\s, item::binary>>) when d1 in ?0..?9 and d2 in ?0..?9,
    do: {<<d1, d2, ?., ?\s>>, item}

  defp list_marker(_), do: nil

  # An item's own lines are those up to the next item at its depth or less,
  # or up to a blank line that nothing indented follows (the list's end).
  defp list_item(marker, item, rest, depth, indent, o) do
    marker = if marker == :bullet, do: if(o[:enabled], do: "• ", else: "* "), else: marker
    marker = if indent == "", do: "  " <> marker, else: marker
    inner = indent <> String.duplicate(" ", String.length(marker))
    {own, rest, ended} = item_lines(rest, depth, byte_size(inner) - byte_size(indent), [])
    blocks(own, [indent <> marker <> item, :first], inner, o)
    if ended, do: end_block(o)
    blocks(rest, [], indent, o)
  end

  defp item_lines([], _depth, _max, acc), do: {Enum.reverse(acc), [], true}

  defp item_lines([line | rest] = lines, depth, max, acc) do
    stripped = strip_up_to(line, max)
    next_depth = byte_size(line) - byte_size(stripped)

    cond do
      list_marker(stripped) != nil and next_depth <= depth ->
        {Enum.reverse(acc), lines, false}

      stripped == "" ->
        case rest do
          [" " <> _ | _] -> item_lines(rest, depth, max, [stripped | acc])
          _ -> {Enum.reverse(acc), lines, true}
        end

      true ->
        item_lines(rest, depth, max, [stripped | acc])
    end
  end

  defp strip_up_to(" " <> line, max) when max > 0, do: strip_up_to(line, max - 1)
  defp strip_up_to(line, _max), do: line

  defp paragraph([], _indent, _o), do: :ok

  defp paragraph(para, indent, o) do
    case Enum.reverse(para) do
      [:first | lines] -> text(lines, indent, true, "", o)
      lines -> text(lines, indent, false, "", o)
    end
  end

  # A paragraph's words, styled, then wrapped; a list item's first paragraph
  # is not followed by a blank line.
  defp text(lines, indent, first, prefix, o) do
    words =
      lines
      |> Enum.join(" ")
      |> links()
      |> inline(o)
      |> String.split(@spaces)

    IO.puts(wrap(words, o[:width] - byte_size(indent), indent, first, prefix))
    if not first, do: end_block(o)
  end

  ## Tables: columns padded to their widest cell; a row of dashes under the
  ## first makes it a heading (and its colons give each column's alignment).

  defp table_line?(line), do: Regex.match?(~r/[:\ -]\|[:\ -]/, line)

  defp table(lines, o) do
    rows = Enum.map(lines, &cells(&1, o))
    count = rows |> Enum.map(&length/1) |> Enum.max()
    rows = Enum.map(rows, &(&1 ++ List.duplicate({"", 0}, count - length(&1))))

    widths =
      Enum.reduce(rows, List.duplicate(0, count), fn row, widths ->
        lengths = if separator?(row), do: Enum.map(row, fn _ -> 0 end), else: Enum.map(row, &elem(&1, 1))
        Enum.zip_with(lengths, widths, &max/2)
      end)

    case rows do
      [head, second | rest] ->
        if separator?(second) do
          aligns = Enum.map(second, &alignment/1)
          styled(:doc_table_heading, row(head, widths, aligns), o)
          Enum.each(rest, &IO.puts(row(&1, widths, aligns)))
        else
          Enum.each(rows, &IO.puts(row(&1, widths, nil)))
        end

      _ ->
        Enum.each(rows, &IO.puts(row(&1, widths, nil)))
    end
  end

  defp cells(line, o) do
    line
    |> String.trim(" ")
    |> String.trim("|")
    |> String.split(~r/(?<!\\)\|/)
    |> Enum.map(fn cell ->
      cell = cell |> String.trim() |> String.replace("\\|", "|") |> links() |> inline(o)
      {cell, visible_length(cell)}
    end)
  end

  defp separator?(row), do: Enum.all?(row, fn {cell, _} -> Regex.match?(~r/^:?-*:?$/, cell) end)

  defp alignment({cell, _}) do
    cond do
      String.starts_with?(cell, ":") and String.ends_with?(cell, ":") -> :center
      String.ends_with?(cell, ":") -> :right
      true -> :left
    end
  end

  defp row(cells, widths, aligns) do
    aligns = aligns || Enum.map(cells, fn _ -> :left end)

    [cells, widths, aligns]
    |> Enum.zip()
    |> Enum.map_join(" | ", fn {{cell, length}, width, align} ->
      width = width + byte_size(cell) - length

      case align do
        :left ->
          String.pad_trailing(cell, width)

        :right ->
          String.pad_leading(cell, width)

        :center ->
          cell
          |> String.pad_leading(div(width, 2) - div(length, 2) + length)
          |> String.pad_trailing(width + 1 - rem(width, 2))
      end
    end)
  end

  ## Wrapping: a line takes words while they fit strictly inside `width`
  ## (escape sequences take no room); a word too long for any line has one
  ## to itself.

  defp wrap(words, width, indent, first, prefix \\ "") do
    room = width - visible_length(prefix)

    words
    |> lines_of(room, [], [])
    |> Enum.with_index()
    |> Enum.map_join("\n", fn {line, i} ->
      if(i == 0 and first, do: "", else: indent) <> prefix <> Enum.join(line, " ")
    end)
  end

  defp lines_of([], _room, [], done), do: Enum.reverse(done)
  defp lines_of([], _room, line, done), do: Enum.reverse([Enum.reverse(line) | done])

  defp lines_of(words, room, [], done), do: take(words, room, room, [], done)

  defp take([], room, _left, line, done), do: lines_of([], room, line, done)

  defp take([word | more] = words, room, left, line, done) do
    left = left - visible_length(word)

    cond do
      left > 0 -> take(more, room, left - 1, [word | line], done)
      line == [] -> lines_of(more, room, [], [[word] | done])
      true -> lines_of(words, room, [], [Enum.reverse(line) | done])
    end
  end

  defp visible_length(text) do
    text |> String.replace(~r/\e\[[0-9]{1,2}m/, "") |> String.length()
  end

  ## Inline markup

  # `[label](url)` reads as `label (url)`; underscores in a URL are not emphasis.
  defp links(text) do
    text = Regex.replace(~r/\[([^\]]*?)\]\((.*?)\)/, text, "\\1 (\\2)")
    Regex.replace(~r/[a-z][a-z0-9\+\-\.]*:\/\/\S*/i, text, &String.replace(&1, "_", "\\_"))
  end

  # Walks the text once. `open` is the markup being read (nil, "`", "*",
  # "_", "**" or "__") and `inside` its text so far, last character first;
  # `out` the finished pieces, last first.
  defp inline(text, o) do
    case text do
      <<m, m, rest::binary>> when m in [?*, ?_] -> styles(rest, <<m, m>>, [], [], o)
      <<m, rest::binary>> when m in [?*, ?_] -> styles(rest, <<m>>, [], [], o)
      _ -> styles(text, nil, [], [], o)
    end
  end

  defp styles(<<>>, nil, [], out, _o), do: finish(out)

  defp styles(<<>>, open, inside, out, _o) when is_binary(open),
    do: finish([unread(inside), open | out])

  defp styles(text, nil, [], out, o) do
    case text do
      <<e, m, m, rest::binary>> when rest != "" and e in @word_edges and m in [?*, ?_] ->
        styles(rest, <<m, m>>, [], [<<e>> | out], o)

      <<e, m, rest::binary>> when rest != "" and e in @word_edges and m in [?*, ?_] ->
        styles(rest, <<m>>, [], [<<e>> | out], o)

      <<?`, rest::binary>> when rest != "" ->
        styles(rest, "`", [], out, o)

      <<?\\, ?\\, m, m, rest::binary>> when rest != "" and m in [?*, ?_] ->
        styles(rest, <<m, m>>, [], ["\\" | out], o)

      <<?\\, ?\\, m, rest::binary>> when rest != "" and m in [?*, ?_] ->
        styles(rest, <<m>>, [], ["\\" | out], o)

      <<?\\, ?\\, rest::binary>> ->
        styles(rest, nil, [], ["\\" | out], o)

      <<?\\, c, rest::binary>> ->
        styles(rest, nil, [], [<<c>> | out], o)

      <<c, rest::binary>> ->
        styles(rest, nil, [], [<<c>> | out], o)
    end
  end

  defp styles(text, open, inside, out, o) do
    case {text, open} do
      {<<?`, rest::binary>>, "`"} ->
        styles(rest, nil, [], [styled_span("`", inside, o) | out], o)

      {<<?\\, ?\\, rest::binary>>, _} ->
        styles(rest, open, [?\\ | inside], out, o)

      {<<?\\, c, rest::binary>>, open} when open != "`" ->
        styles(rest, open, [c | inside], out, o)

      {<<m, m, e, rest::binary>>, <<m, m>>} when e in @word_edges ->
        styles(<<e, rest::binary>>, nil, [], [styled_span(open, inside, o) | out], o)

      {<<m, e, rest::binary>>, <<m>>} when e in @word_edges ->
        styles(<<e, rest::binary>>, nil, [], [styled_span(open, inside, o) | out], o)

      {<<m, m>>, <<m, m>>} ->
        styles(<<>>, nil, [], [styled_span(open, inside, o) | out], o)

      {<<m>>, <<m>>} ->
        styles(<<>>, nil, [], [styled_span(open, inside, o) | out], o)

      {<<c, rest::binary>>, _} ->
        styles(rest, open, [c | inside], out, o)
    end
  end

  defp unread(inside), do: inside |> Enum.reverse() |> IO.iodata_to_binary()

  defp finish(out), do: out |> Enum.reverse() |> IO.iodata_to_binary()

  defp styled_span(mark, inside, o) do
    text = unread(inside)

    if o[:enabled] do
      style =
        case mark do
          "`" -> :doc_inline_code
          m when m in ["**", "__"] -> :doc_bold
          _ -> :doc_underline
        end

      color(style, o) <> text <> IO.ANSI.reset()
    else
      mark <> text <> mark
    end
  end

  ## Output

  defp styled(style, text, o), do: IO.puts(color(style, o) <> text <> reset(o))

  defp end_block(o), do: IO.puts(reset(o))

  defp color(style, o), do: IO.iodata_to_binary(IO.ANSI.format_fragment(o[style], o[:enabled]))

  defp reset(o), do: if(o[:enabled], do: IO.ANSI.reset(), else: "")
end
