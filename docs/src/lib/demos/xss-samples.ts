/**
 * Script injection attempts to paste into the renderer playground. Each would call `alert` if it
 * ran; `@sveltedown/render` keeps the text and drops what could run. None loads anything from
 * another host.
 */
export const xssSamples: Array<{ name: string; source: string }> = [
  { name: 'script tag', source: 'Hello <script>alert(1)</script> world' },
  { name: 'javascript: link', source: '[click me](javascript:alert(1))' },
  { name: 'encoded javascript: link', source: '[click me](&#106;avascript:alert(1))' },
  { name: 'event handler', source: '<a href="#top" onmouseover="alert(1)">hover me</a>' },
  { name: 'image onerror', source: '<img alt="broken" onerror="alert(1)">' },
  { name: 'javascript: image', source: '![alt](javascript:alert(1))' },
  { name: 'iframe srcdoc', source: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'svg onload', source: '<svg onload="alert(1)"><circle r="10" /></svg>' },
  {
    name: 'style expression',
    source: '<div style="background:url(javascript:alert(1))">styled</div>',
  },
  {
    name: 'data: HTML link',
    source: '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  {
    name: 'form action',
    source: '<form action="javascript:alert(1)"><button>send</button></form>',
  },
  { name: 'autolink', source: '<javascript:alert(1)>' },
]
