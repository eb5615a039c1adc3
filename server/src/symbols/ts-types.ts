// TypeScript type declarations — interface, type alias, enum (spec §3.3 ADD/DEL/MODIFY_TYPE;
// exported ones are public API for I2, spec §3.7). Members are what MODIFY_TYPE and I2 compare:
// a removed member or one made narrower is a break.
import { normalizeWs, sha256Hex } from '../util/hash';
import type { TypeDecl, TypeMember } from './types';
import { annotationText, codeText, fieldOf, hasToken, renderSignature, paramsOf } from './ts-signature';
import { tokensIn, type SNode, type Snapshot } from './syntax-snapshot';

/** Member name of an alias's whole aliased type (not an object type literal). */
export const ALIASED = '(aliased type)';

function memberName(snap: Snapshot, n: SNode | undefined): string {
  if (!n) return '';
  if (n.t === 'string') return snap.text(n).slice(1, -1);
  return normalizeWs(snap.text(n));
}

/** Members of an interface_body / object_type. */
function objectMembers(snap: Snapshot, body: SNode): TypeMember[] {
  const out: TypeMember[] = [];
  for (const m of body.k) {
    switch (m.t) {
      case 'property_signature': {
        const type = fieldOf(m, 'type');
        out.push({ name: memberName(snap, fieldOf(m, 'name')), optional: hasToken(m, '?'), type: type ? annotationText(snap, type) : undefined });
        break;
      }
      case 'method_signature': {
        const ret = fieldOf(m, 'return_type');
        const type = renderSignature(paramsOf(snap, fieldOf(m, 'parameters')), ret ? annotationText(snap, ret) : undefined);
        out.push({ name: memberName(snap, fieldOf(m, 'name')), optional: hasToken(m, '?'), type });
        break;
      }
      case 'index_signature': {
        const type = fieldOf(m, 'type');
        const idx = fieldOf(m, 'index_type');
        const key = fieldOf(m, 'name');
        out.push({
          name: `[${key ? snap.text(key) : ''}: ${idx ? normalizeWs(snap.text(idx)) : ''}]`,
          optional: false,
          type: type ? annotationText(snap, type) : undefined,
        });
        break;
      }
      case 'call_signature':
      case 'construct_signature': {
        const ret = fieldOf(m, 'return_type') ?? fieldOf(m, 'type');
        const type = renderSignature(paramsOf(snap, fieldOf(m, 'parameters')), ret ? annotationText(snap, ret) : undefined);
        out.push({ name: m.t === 'call_signature' ? '()' : 'new()', optional: false, type });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function enumMembers(snap: Snapshot, body: SNode): TypeMember[] {
  const out: TypeMember[] = [];
  for (const m of body.k) {
    if (m.t === 'enum_assignment') {
      const value = fieldOf(m, 'value');
      out.push({ name: memberName(snap, fieldOf(m, 'name')), optional: false, type: value ? codeText(snap, value) : undefined });
    } else if (m.t === 'property_identifier' || m.t === 'string' || m.t === 'number') {
      out.push({ name: memberName(snap, m), optional: false });
    }
  }
  return out;
}

/**
 * TypeDecl for `decl` (interface_declaration, type_alias_declaration or enum_declaration). `outer` is the whole statement (with `export` /
 * `declare`), which gives the range; the hash covers the declaration itself only, so exporting
 * a type is not a change of the type.
 */
export function typeDeclOf(snap: Snapshot, decl: SNode, outer: SNode, exported: boolean): TypeDecl | undefined {
  const nameNode = fieldOf(decl, 'name');
  if (!nameNode) return undefined;
  const name = snap.text(nameNode);
  let kind: TypeDecl['kind'];
  let members: TypeMember[];
  if (decl.t === 'interface_declaration') {
    kind = 'interface';
    const body = fieldOf(decl, 'body');
    members = body ? objectMembers(snap, body) : [];
  } else if (decl.t === 'enum_declaration') {
    kind = 'enum';
    const body = fieldOf(decl, 'body');
    members = body ? enumMembers(snap, body) : [];
  } else {
    kind = 'alias';
    const value = fieldOf(decl, 'value');
    if (value?.t === 'object_type') members = objectMembers(snap, value);
    // Any other alias (union, intersection, generic …) is one member: the aliased type itself,
    // named after the alias (I2 says `type X changed`, not `member X.=`), its text without
    // comments (spec §3.6 as amended: doc comments inside a type are not a type change).
    // An intersection's object-literal parts give members like an interface's; the other parts
    // stay the aliased type.
    else if (value?.t === 'intersection_type') {
      const parts: SNode[] = [];
      const flat = (n: SNode) => {
        if (n.t === 'intersection_type') for (const c of n.k) flat(c);
        else if (n.t !== '&' && n.t !== 'comment') parts.push(n);
      };
      flat(value);
      members = parts.filter((x) => x.t === 'object_type').flatMap((x) => objectMembers(snap, x));
      const rest = parts.filter((x) => x.t !== 'object_type').map((x) => codeText(snap, x));
      if (rest.length) members.push({ name: ALIASED, optional: false, type: rest.join(' & ') });
    } else members = [{ name: ALIASED, optional: false, type: value ? codeText(snap, value) : undefined }];
  }
  return {
    kind,
    name,
    qualname: name,
    range: snap.span(outer.s, outer.e),
    exported,
    public: true, // eligibility; finish() keeps it only for exported types of non-test files
    members,
    hash: sha256Hex(tokensIn(snap, decl.s, decl.e, undefined).join(' ')),
    uid: '',
  };
}
