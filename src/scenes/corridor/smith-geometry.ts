// Smith's figure is shared with the beach; it lives in src/scenes/shared.
export * from '../shared/smith-geometry';
