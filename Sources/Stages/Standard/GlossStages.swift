// GlossStages is the umbrella over the stage families: `import GlossStages` gives every
// built-in stage and layer, and `StageRegistry.standard` registers them. An embedder who
// wants one family depends on its product alone (`GlossText`, `GlossHTML`, `GlossNumbers`,
// `GlossEntities`, `GlossSentiment`, `GlossDedupe`) and links nothing heavier.
@_exported import GlossDedupe
@_exported import GlossEntities
@_exported import GlossHTML
@_exported import GlossNumbers
@_exported import GlossSentiment
@_exported import GlossText
