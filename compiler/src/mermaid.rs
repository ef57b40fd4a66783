//! Mermaid diagrams to inline SVG at build time, with merman.

use merman::{OperationControl, RenderOutput, RenderRequest, Renderer, SvgRequest};
use std::sync::OnceLock;

fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(Renderer::new)
}

/// Renders `source` to an SVG whose ids are prefixed by `id`, so several
/// diagrams can share one page. A diagram that cannot be drawn is an error:
/// it never ships broken.
pub fn render(source: &str, id: &str) -> Result<String, String> {
    let request = SvgRequest {
        options: merman::svg::SvgRenderOptions {
            diagram_id: Some(merman::svg::sanitize_svg_id(id)),
            ..Default::default()
        },
        ..Default::default()
    };
    let output = renderer()
        .render(RenderRequest::svg(source, OperationControl::new(), request))
        .map_err(|e| format!("the Mermaid diagram could not be rendered: {e}"))?;
    match output {
        RenderOutput::Svg(Some(svg)) => Ok(svg.svg().to_string()),
        _ => Err("the Mermaid block holds no diagram merman recognises".to_string()),
    }
}
