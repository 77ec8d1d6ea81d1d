; Capitalize every word. Written for Grimoire's examples (SyGuS-IF version 2).
(set-logic SLIA)
(synth-fun titleCase ((text String)) String)
(declare-var text String)
(constraint (= (titleCase "hello world") "Hello World"))
(constraint (= (titleCase "the quick brown fox") "The Quick Brown Fox"))
(constraint (= (titleCase "grimoire") "Grimoire"))
(check-synth)
