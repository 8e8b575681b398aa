:1abc
