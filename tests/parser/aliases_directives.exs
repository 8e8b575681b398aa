alias Foo.Bar
alias Foo.Bar, as: Baz
alias Foo.{Bar, Baz}
alias Foo.{Bar.One, Baz.Two}
alias __MODULE__.{A, B}
alias :lists, as: L
import List
import Enum, only: [map: 2, reduce: 3]
import Kernel, except: [+: 2]
import String, only: :functions
require Logger
require Integer, as: I
use GenServer
use Agent, restart: :temporary
