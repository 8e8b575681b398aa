defmodule Node do
  @moduledoc """
  Nodes. vial runs one node that is not distributed: it is
  `:nonode@nohost`, it is not alive, and it knows no others.
  """

  @doc "The name of this node."
  @spec self() :: node
  def self, do: :erlang.node()

  @doc "Whether this node is part of a distributed system: never here."
  @spec alive?() :: boolean
  def alive?, do: false

  @doc "The nodes this node is connected to: none."
  @spec list() :: [node]
  def list, do: []

  @doc "The nodes of the given kinds: only `:this` lists this node."
  @spec list(atom | [atom]) :: [node]
  def list(args) when is_atom(args), do: list([args])
  def list(args) when is_list(args), do: if(:this in args, do: [:erlang.node()], else: [])

  @doc "Fails on a node that is not alive, as Elixir does."
  def ping(_node), do: :pang

  @doc "Connecting needs distribution: answers `:ignored`."
  def connect(_node), do: :ignored
end
