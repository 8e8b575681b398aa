# A missing comma inside a call nested in a call: Elixir asks for parentheses, naming only the line.
{:reply, reason, refuse(state, ref takeover, server)}
