/** Any address no other route matches: the not-found page, inside the portal's layout (with the viewer's navigation). */
export function loader(): never {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
